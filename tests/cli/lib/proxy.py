"""A tiny HTTP proxy for the proxy tests, on 127.0.0.1 only.

Forwards absolute-URI requests (http_proxy) and tunnels CONNECT (HTTPS_PROXY)
to loopback targets; refuses every other host with 403. Prints
"listening on PORT" first, then one line per request: "METHOD TARGET".
"""
import socket
import sys
import threading

LOOPBACK = ("127.0.0.1", "localhost")


def pipe(src, dst):
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def handle(client):
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = client.recv(65536)
        if not chunk:
            client.close()
            return
        head += chunk
    head, rest = head.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ", 2)
    print(f"{method} {target}", flush=True)
    if method == "CONNECT":
        host, port = target.rsplit(":", 1)
    else:
        hostport = target.split("://", 1)[1].split("/", 1)[0]
        host, _, port = hostport.partition(":")
        port = port or "80"
        target = "/" + target.split("://", 1)[1].partition("/")[2]
    if host not in LOOPBACK:
        client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        client.close()
        return
    upstream = socket.create_connection(("127.0.0.1", int(port)))
    if method == "CONNECT":
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    else:
        headers = [h for h in lines[1:] if not h.lower().startswith(("proxy-", "connection:"))]
        request = "\r\n".join([f"{method} {target} {version}", *headers, "Connection: close"])
        upstream.sendall(request.encode("latin-1") + b"\r\n\r\n")
    if rest:
        upstream.sendall(rest)
    threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
    pipe(client, upstream)


def main():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    print(f"listening on {server.getsockname()[1]}", flush=True)
    while True:
        client, _ = server.accept()
        threading.Thread(target=handle, args=(client,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
