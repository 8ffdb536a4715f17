#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace clientele {

// Deep enough for any document Clientele writes, shallow enough that hostile input is refused
// long before it can exhaust the stack of code that walks the tree.
constexpr int kMaxJsonDepth = 64;

// Parses UTF-8 JSON. Refuses nesting deeper than `maxDepth` and a key repeated within one object
// (with its JSON path), and syntax errors (with line, column and byte offset); throws
// JsonInputError.
nlohmann::json parseJsonDocument(const QByteArray &bytes, int maxDepth = kMaxJsonDepth);

} // namespace clientele
