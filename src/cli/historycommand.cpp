#include "listing.h"

#include "clientele/core/history.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

nlohmann::ordered_json recordJson(const ChangeRecord &r)
{
    nlohmann::ordered_json json;
    json["at"] = utf8(r.at.toString(Qt::ISODateWithMs));
    json["author"] = utf8(r.author);
    json["kind"] = utf8(r.kind);
    json["item"] = r.itemId;
    json["itemName"] = utf8(r.itemName);
    json["field"] = utf8(r.field);
    json["label"] = utf8(r.label);
    json["old"] = utf8(r.oldValue);
    json["new"] = utf8(r.newValue);
    return json;
}

QString recordLine(const ChangeRecord &r)
{
    return QStringLiteral("%1  %2  %3 %4 \u201C%5\u201D  %6: %7 \u2192 %8")
        .arg(r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.author, r.kind)
        .arg(r.itemId)
        .arg(r.itemName, r.label, oneLine(r.oldValue), oneLine(r.newValue));
}

} // namespace

CliCommand historyCommand()
{
    return listingCommand(QStringLiteral("history"),
                          Cli::tr("Print the history of changes, newest first."),
                          [](Workspace &workspace, bool json) {
                              const QList<ChangeRecord> records = workspace.history()->all();
                              if (json) {
                                  nlohmann::ordered_json list = nlohmann::ordered_json::array();
                                  for (const ChangeRecord &record : records)
                                      list.push_back(recordJson(record));
                                  print(QString::fromStdString(list.dump(2)));
                                  return int(Ok);
                              }
                              if (records.isEmpty()) {
                                  print(Cli::tr("No changes recorded."));
                                  return int(Ok);
                              }
                              QString text;
                              for (const ChangeRecord &record : records)
                                  text += recordLine(record) + u'\n';
                              print(text);
                              return int(Ok);
                          });
}

} // namespace clientele::cli
