# The leak check of leak_markers.sh for every emulator fault against login.
exec bash "$(dirname "$0")/leak_markers_faults.sh" login
