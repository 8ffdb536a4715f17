#include "importbatch.h"

#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/jsondocument.h"
#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/jsonnode.h"
#include "import/importsession.h"
#include "importedcustomers.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <limits>

namespace clientele::detail {

namespace {

constexpr qint64 kLeast = std::numeric_limits<qint64>::min();
constexpr qint64 kMost = std::numeric_limits<qint64>::max();

QStringList detailKeys()
{
    QStringList keys;
    for (const char *column : kCustomerDetailColumns)
        keys << QString::fromLatin1(column);
    return keys;
}

nlohmann::json optionalNumber(const std::optional<qint64> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json customerJson(const BatchCustomer &customer)
{
    nlohmann::json json = {{"name", customer.name}};
    const QStringList keys = detailKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        json[keys.at(i).toStdString()] = customer.details.value(i);
    return json;
}

nlohmann::json invoiceJson(const BatchInvoice &invoice)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const BatchLine &line : invoice.lines)
        lines.push_back({{"sourceLine", line.sourceLine},
                         {"itemCode", line.itemCode},
                         {"description", line.description},
                         {"net", line.net}});
    return {
        {"docKey", invoice.docKey},
        {"customer", invoice.customer},
        {"number", invoice.number},
        {"kind", invoice.kind},
        {"status", invoice.status},
        {"date", invoice.date.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(invoice.date)},
        {"net", invoice.net},
        {"tax", optionalNumber(invoice.tax)},
        {"total", optionalNumber(invoice.total)},
        {"netIncludesTax", invoice.netIncludesTax},
        {"currency", invoice.currency},
        {"countsAsSale", invoice.countsAsSale},
        {"notSaleReason", invoice.notSaleReason},
        {"lines", lines}};
}

QString nonEmptyText(const JsonNode &node)
{
    QString text = node.toText();
    if (text.trimmed().isEmpty())
        node.fail(QCoreApplication::translate("clientele::ImportBatches", "must not be empty"));
    return text;
}

QString oneOf(const JsonNode &node, const QStringList &allowed)
{
    QString text = node.toText();
    if (!allowed.contains(text))
        node.fail(QCoreApplication::translate("clientele::ImportBatches",
                                              "\u201C%1\u201D is not one of: %2")
                      .arg(text, allowed.join(QStringLiteral(", "))));
    return text;
}

std::optional<qint64> optionalAmount(const JsonNode &node)
{
    if (node.isNull())
        return std::nullopt;
    return node.toInteger(kLeast, kMost);
}

QString dateText(const JsonNode &node)
{
    if (node.isNull())
        return {};
    QString text = node.toText();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        node.fail(QCoreApplication::translate("clientele::ImportBatches",
                                              "expected a date in the form yyyy-mm-dd or null, "
                                              "not \u201C%1\u201D")
                      .arg(text));
    return text;
}

QList<BatchLine> readLines(const JsonNode &node, qint64 net)
{
    const QList<JsonNode> elements = node.elements();
    if (elements.isEmpty())
        node.fail(QCoreApplication::translate("clientele::ImportBatches",
                                              "a document needs at least one line"));
    QList<BatchLine> lines;
    qint64 sum = 0;
    bool overflow = false;
    for (const JsonNode &element : elements) {
        element.expectObject({QStringLiteral("sourceLine"), QStringLiteral("itemCode"),
                              QStringLiteral("description"), QStringLiteral("net")});
        BatchLine line;
        line.sourceLine = element.member(QStringLiteral("sourceLine")).toInteger(0, kMost);
        line.itemCode = element.member(QStringLiteral("itemCode")).toText();
        line.description = element.member(QStringLiteral("description")).toText();
        line.net = element.member(QStringLiteral("net")).toInteger(kLeast, kMost);
        overflow = overflow || __builtin_add_overflow(sum, line.net, &sum);
        lines.append(line);
    }
    if (overflow || sum != net)
        node.fail(QCoreApplication::translate("clientele::ImportBatches",
                                              "the lines do not add up to the document's net "
                                              "amount %1")
                      .arg(net));
    return lines;
}

BatchInvoice readInvoice(const JsonNode &node, const QSet<QString> &customerKeys)
{
    node.expectObject({QStringLiteral("docKey"), QStringLiteral("customer"),
                       QStringLiteral("number"), QStringLiteral("kind"), QStringLiteral("status"),
                       QStringLiteral("date"), QStringLiteral("net"), QStringLiteral("tax"),
                       QStringLiteral("total"), QStringLiteral("netIncludesTax"),
                       QStringLiteral("currency"), QStringLiteral("countsAsSale"),
                       QStringLiteral("notSaleReason"), QStringLiteral("lines")});
    BatchInvoice invoice;
    invoice.docKey = nonEmptyText(node.member(QStringLiteral("docKey")));
    const JsonNode customer = node.member(QStringLiteral("customer"));
    invoice.customer = customer.toText();
    if (!customerKeys.contains(customerKey(invoice.customer)))
        customer.fail(QCoreApplication::translate("clientele::ImportBatches",
                                                  "the customer \u201C%1\u201D is not among the "
                                                  "import's customers")
                          .arg(invoice.customer));
    invoice.number = node.member(QStringLiteral("number")).toText();
    invoice.kind =
        oneOf(node.member(QStringLiteral("kind")),
              {QStringLiteral("invoice"), QStringLiteral("credit"), QStringLiteral("other")});
    invoice.status = node.member(QStringLiteral("status")).toText();
    invoice.date = dateText(node.member(QStringLiteral("date")));
    invoice.net = node.member(QStringLiteral("net")).toInteger(kLeast, kMost);
    invoice.tax = optionalAmount(node.member(QStringLiteral("tax")));
    invoice.total = optionalAmount(node.member(QStringLiteral("total")));
    invoice.netIncludesTax = node.member(QStringLiteral("netIncludesTax")).toBool();
    invoice.currency = node.member(QStringLiteral("currency")).toText();
    invoice.countsAsSale = node.member(QStringLiteral("countsAsSale")).toBool();
    invoice.notSaleReason = node.member(QStringLiteral("notSaleReason")).toText();
    invoice.lines = readLines(node.member(QStringLiteral("lines")), invoice.net);
    return invoice;
}

ImportBatch readBatch(const JsonNode &root, const QString &uuid)
{
    root.expectObject({QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("fileName"),
                       QStringLiteral("headerSignature"), QStringLiteral("format"),
                       QStringLiteral("dateOrder"), QStringLiteral("importedAt"),
                       QStringLiteral("records"), QStringLiteral("added"),
                       QStringLiteral("alreadyPresent"), QStringLiteral("skipped"),
                       QStringLiteral("customers"), QStringLiteral("invoices")});
    ImportBatch batch;
    const JsonNode uuidNode = root.member(QStringLiteral("uuid"));
    batch.uuid = uuidNode.toUuid().toString(QUuid::WithoutBraces);
    if (batch.uuid != uuid)
        uuidNode.fail(QCoreApplication::translate("clientele::ImportBatches",
                                                  "the import came as %1 but names itself %2")
                          .arg(uuid, batch.uuid));
    batch.kind = oneOf(root.member(QStringLiteral("kind")),
                       {QStringLiteral("invoices"), QStringLiteral("contacts")});
    batch.fileName = nonEmptyText(root.member(QStringLiteral("fileName")));
    batch.headerSignature = root.member(QStringLiteral("headerSignature")).toText();
    batch.format = root.member(QStringLiteral("format")).toText();
    batch.dateOrder = root.member(QStringLiteral("dateOrder")).toText();
    const JsonNode importedAt = root.member(QStringLiteral("importedAt"));
    const QDateTime when = importedAt.toTimestamp();
    if (!when.isValid())
        importedAt.fail(QCoreApplication::translate("clientele::ImportBatches",
                                                    "the time of the import is missing"));
    batch.importedAt = timestampToJsonText(when);
    batch.records = root.member(QStringLiteral("records")).toInteger(0, kMost);
    batch.added = root.member(QStringLiteral("added")).toInteger(0, kMost);
    batch.alreadyPresent = root.member(QStringLiteral("alreadyPresent")).toInteger(0, kMost);
    batch.skipped = root.member(QStringLiteral("skipped")).toInteger(0, kMost);

    const QStringList details = detailKeys();
    QSet<QString> customerKeys;
    for (const JsonNode &node : root.member(QStringLiteral("customers")).elements()) {
        node.expectObject(QStringList{QStringLiteral("name")} + details);
        const JsonNode name = node.member(QStringLiteral("name"));
        BatchCustomer customer{nonEmptyText(name), {}};
        if (customerKeys.contains(customerKey(customer.name)))
            name.fail(QCoreApplication::translate("clientele::ImportBatches",
                                                  "the customer \u201C%1\u201D is listed twice")
                          .arg(customer.name));
        customerKeys.insert(customerKey(customer.name));
        for (const QString &key : details)
            customer.details << node.member(key).toText();
        batch.customers.append(customer);
    }

    const JsonNode invoices = root.member(QStringLiteral("invoices"));
    const QList<JsonNode> documents = invoices.elements();
    if (batch.kind == u"contacts" && !documents.isEmpty())
        invoices.fail(QCoreApplication::translate("clientele::ImportBatches",
                                                  "a contacts import holds no documents"));
    QSet<QString> docKeys;
    for (const JsonNode &node : documents) {
        BatchInvoice invoice = readInvoice(node, customerKeys);
        if (docKeys.contains(invoice.docKey))
            node.member(QStringLiteral("docKey"))
                .fail(QCoreApplication::translate("clientele::ImportBatches",
                                                  "the document \u201C%1\u201D is listed twice")
                          .arg(invoice.docKey));
        docKeys.insert(invoice.docKey);
        batch.invoices.append(std::move(invoice));
    }
    return batch;
}

} // namespace

std::string ImportBatch::toJson() const
{
    nlohmann::json customerList = nlohmann::json::array();
    for (const BatchCustomer &customer : customers)
        customerList.push_back(customerJson(customer));
    nlohmann::json invoiceList = nlohmann::json::array();
    for (const BatchInvoice &invoice : invoices)
        invoiceList.push_back(invoiceJson(invoice));
    const nlohmann::json json = {{"uuid", uuid},
                                 {"kind", kind},
                                 {"fileName", fileName},
                                 {"headerSignature", headerSignature},
                                 {"format", format},
                                 {"dateOrder", dateOrder},
                                 {"importedAt", importedAt},
                                 {"records", records},
                                 {"added", added},
                                 {"alreadyPresent", alreadyPresent},
                                 {"skipped", skipped},
                                 {"customers", customerList},
                                 {"invoices", invoiceList}};
    return json.dump();
}

ImportBatch ImportBatch::fromJson(const QString &uuid, const QString &text)
{
    QString name = uuid;
    try {
        const nlohmann::json parsed = parseJsonDocument(text.toUtf8());
        if (parsed.is_object()) {
            const auto file = parsed.find("fileName");
            if (file != parsed.end() && file->is_string() && !file->get<std::string>().empty())
                name = QString::fromStdString(file->get<std::string>());
        }
        return readBatch(JsonNode(parsed), uuid);
    } catch (const JsonInputError &error) {
        throw std::runtime_error(QCoreApplication::translate("clientele::ImportBatches",
                                                             "The import of \u201C%1\u201D cannot "
                                                             "be taken in: %2")
                                     .arg(name, error.message())
                                     .toStdString());
    }
}

} // namespace clientele::detail
