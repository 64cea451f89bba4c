#pragma once
// The version of JCC Dispatch these programs were built as: project(... VERSION ...) in the top
// CMakeLists.txt, plus "+gitN.gHASH" (and ".modified") when built from a git checkout. Shown by
// --version, in the hello reply, in /healthz and as the Debian package version.

namespace jcc {

const char* version();

} // namespace jcc
