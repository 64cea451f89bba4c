# jcc_embed_text(OUT_CPP NAMESPACE FUNCTION FILES...)
# Generates a .cpp defining `std::vector<jcc::EmbeddedFile> NAMESPACE::FUNCTION()` that returns
# each file's name and contents, so binaries carry their data (migrations, word lists) with them.
function(jcc_embed_text out_cpp namespace function)
  set(inputs ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAMESPACE=${namespace} -DFUNCTION=${function}
            "-DINPUTS=${inputs}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedTextScript.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedTextScript.cmake
    COMMENT "Embedding ${function}"
    VERBATIM)
endfunction()
