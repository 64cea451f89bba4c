# jcc_version_source(OUT_CPP VERSION_FILE): the one version of every program, from
# project(... VERSION ...) plus the git commit when built from a checkout. OUT_CPP defines
# jcc::version() (common/Version.hpp); VERSION_FILE holds the same string for scripts/package.
function(jcc_version_source out_cpp version_file)
  add_custom_target(jcc_version_stamp
    BYPRODUCTS ${out_cpp} ${version_file}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DVERSION_FILE=${version_file}
            -DBASE_VERSION=${PROJECT_VERSION} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
            -P ${PROJECT_SOURCE_DIR}/cmake/VersionScript.cmake
    COMMENT "Stamping the version"
    VERBATIM)
endfunction()
