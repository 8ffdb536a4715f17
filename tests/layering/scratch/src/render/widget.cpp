// Deliberately wrong: render must not include printing widgets (see ../../CMakeLists.txt).
#include <QPrinter>
