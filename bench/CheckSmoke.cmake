# ctest bench_smoke: runs `jcc-bench --smoke --scenario all` with every report and checks that
# it completes and that the JSON report holds each scenario's keys. Asserts no timing.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(
  COMMAND ${BENCH} --smoke --scenario all --json ${WORK_DIR}/out.json --plots ${WORK_DIR}/plots
          --markdown ${WORK_DIR}/out.md
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "jcc-bench --smoke failed (exit ${result})")
endif()
file(READ ${WORK_DIR}/out.json report)
foreach(path
    "machine;cpus"
    "scenarios;latency;load;end_to_end;p99_ms"
    "scenarios;latency;insert_baseline;commit;p99_ms"
    "scenarios;latency;load;ping;p99_ms"
    "scenarios;latency;p99_ratio"
    "scenarios;throughput;tps_ratio"
    "scenarios;throughput;load;commands_per_second"
    "scenarios;memory;per_connection_kib"
    "scenarios;nodes;two_nodes;flat_out;commands_per_second"
    "scenarios;resume;ms"
    "scenarios;resume;with_large_outbound_queue;ms"
    "scenarios;snapshot;times;p50_ms"
    "scenarios;burst;create;p99_ratio"
    "scenarios;burst;end_to_end;p99_ratio"
    "scenarios;burst;reply_bytes;max"
    "scenarios;burst;check"
    "targets")
  string(JSON value ERROR_VARIABLE error GET "${report}" ${path})
  if(error)
    message(FATAL_ERROR "out.json lacks ${path}: ${error}")
  endif()
endforeach()
string(JSON targets LENGTH "${report}" targets)
if(NOT targets EQUAL 6)
  message(FATAL_ERROR "out.json should list 6 targets, lists ${targets}")
endif()
foreach(path "latency;load;missing_deliveries" "burst;missing_deliveries")
  string(JSON missing GET "${report}" scenarios ${path})
  if(NOT missing EQUAL 0)
    message(FATAL_ERROR "events were not delivered to every console (${path}): ${missing}")
  endif()
endforeach()
foreach(image latency-distribution latency-vs-load memory-vs-connections)
  if(NOT EXISTS ${WORK_DIR}/plots/${image}.png)
    message(FATAL_ERROR "plot ${image}.png was not drawn")
  endif()
endforeach()
file(READ ${WORK_DIR}/out.md markdown)
if(NOT markdown MATCHES "\\| latency \\|")
  message(FATAL_ERROR "out.md lacks the results table")
endif()
