# The git commit lrjwt --version reports, read when CMake configures.
execute_process(
  COMMAND git rev-parse --short=12 HEAD
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  OUTPUT_VARIABLE LRJWT_GIT_COMMIT
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET
  RESULT_VARIABLE lrjwt_git_result)
if(NOT lrjwt_git_result EQUAL 0 OR LRJWT_GIT_COMMIT STREQUAL "")
  set(LRJWT_GIT_COMMIT "unknown")
endif()
