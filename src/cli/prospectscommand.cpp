#include "listing.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/prospectbook.h"
#include "clientele/domain/attributeset.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

nlohmann::ordered_json prospectJson(const Prospect &p, const ProspectBook &book,
                                    const IcpChart &chart)
{
    nlohmann::ordered_json json;
    json["id"] = p.id;
    json["company"] = utf8(p.company);
    json["contact"] = utf8(p.contact);
    json["systems"] = utf8(p.systems);
    json["source"] = utf8(p.source);
    json["notes"] = utf8(p.notes);
    json["status"] = utf8(prospectStatusKey(p.status));
    json["lastContact"] = p.lastContact.isValid()
                              ? nlohmann::ordered_json(utf8(dateText(p.lastContact)))
                              : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    for (const Attribute &attribute : chart.attributes())
        if (!p.value(attribute.id).isUnknown())
            values[utf8(attribute.label)] = utf8(book.valueText(p, attribute.id));
    json["values"] = std::move(values);
    return json;
}

} // namespace

CliCommand prospectsCommand()
{
    return listingCommand(
        QStringLiteral("prospects"),
        Cli::tr("List the prospects: company, status, staff, industry, location, last contact."),
        [](Workspace &workspace, bool json) {
            const ProspectBook &book = *workspace.prospects();
            const IcpChart &chart = workspace.chart()->chart();
            if (json) {
                nlohmann::ordered_json list = nlohmann::ordered_json::array();
                for (const Prospect &p : book.all())
                    list.push_back(prospectJson(p, book, chart));
                print(QString::fromStdString(list.dump(2)));
                return int(Ok);
            }
            if (book.count() == 0) {
                print(Cli::tr("No prospects."));
                return int(Ok);
            }
            auto shown = [&](const Prospect &p, StandardAttribute which) {
                const Attribute *attribute = chart.attribute(which);
                const QString text = attribute ? book.valueText(p, attribute->id) : QString();
                return text.isEmpty() ? QStringLiteral("-") : text;
            };
            QString text;
            for (const Prospect &p : book.all())
                text += Cli::tr("%1  %2  staff %3  %4  %5  last contact %6")
                            .arg(p.company, prospectStatusLabel(p.status),
                                 shown(p, StandardAttribute::Employees),
                                 shown(p, StandardAttribute::Industry),
                                 shown(p, StandardAttribute::Location),
                                 p.lastContact.isValid() ? dateText(p.lastContact)
                                                         : QStringLiteral("-"))
                        + u'\n';
            print(text);
            return int(Ok);
        });
}

} // namespace clientele::cli
