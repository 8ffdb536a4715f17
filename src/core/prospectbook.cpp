#include "clientele/core/prospectbook.h"

#include "clientele/core/charteditor.h"
#include "clientele/domain/charttext.h"

#include <QCoreApplication>

namespace clientele {

namespace {

Error gone()
{
    return Error{
        QCoreApplication::translate("clientele::ProspectBook", "That prospect no longer exists.")};
}

// A new prospect as it is stored: no id or identity of its own yet, and a name to find it by.
Prospect fresh(const Prospect &input)
{
    Prospect p = input;
    p.id = 0;
    p.uuid = {};
    p.company = p.company.trimmed();
    if (p.company.isEmpty())
        p.company = QCoreApplication::translate("clientele::ProspectBook", "New prospect");
    return p;
}

// One whole sentence per status, so a translation can inflect each one.
QString markText(ProspectStatus status)
{
    switch (status) {
    case ProspectStatus::New:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as new");
    case ProspectStatus::Contacted:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as contacted");
    case ProspectStatus::Qualified:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as qualified");
    case ProspectStatus::ProposalSent:
        return QCoreApplication::translate("clientele::ProspectBook",
                                           "Mark that a proposal was sent");
    case ProspectStatus::Won:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as won");
    case ProspectStatus::Lost:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as lost");
    case ProspectStatus::NotAFit:
        return QCoreApplication::translate("clientele::ProspectBook", "Mark prospect as not a fit");
    }
    return {};
}

} // namespace

ProspectBook::ProspectBook(Workspace *workspace)
    : SnapshotStore(workspace)
{
}

int ProspectBook::count() const
{
    if (!isLoaded()) {
        try {
            return ProspectRepository(m_workspace->file().database()).count();
        } catch (const std::exception &) {
            // Reading them all reports the damage.
        }
    }
    return SnapshotStore::count();
}

std::optional<Prospect> ProspectBook::findByCompany(const QString &companyOrId) const
{
    const QString wanted = companyOrId.trimmed();
    for (const Prospect &p : loaded())
        if (p.company.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    return isNumber ? find(id) : std::nullopt;
}

qint64 ProspectBook::add(const Prospect &input)
{
    const Prospect p = fresh(input);
    push({std::nullopt}, {p}, tr("Add prospect %1").arg(p.company));
    return lastAdded();
}

int ProspectBook::addAll(const QList<Prospect> &prospects, const QString &text)
{
    if (prospects.isEmpty())
        return 0;
    Slots before(prospects.size(), std::nullopt);
    Slots after;
    for (const Prospect &p : prospects)
        after.append(fresh(p));
    push(before, after, text);
    return lastAdded() == 0 ? 0 : int(prospects.size());
}

void ProspectBook::remove(qint64 id)
{
    if (const auto before = find(id))
        push({before}, {std::nullopt}, tr("Remove prospect %1").arg(before->company));
}

qint64 ProspectBook::duplicate(qint64 id)
{
    const auto original = find(id);
    if (!original)
        return 0;
    Prospect copy = *original;
    copy.company = tr("%1 (copy)").arg(original->company);
    copy.status = ProspectStatus::New;
    return add(copy);
}

Status ProspectBook::update(const Prospect &after, const QString &text, MergeId merge)
{
    const auto before = find(after.id);
    if (!before)
        return gone();
    if (after.company.trimmed().isEmpty())
        return Error{tr("A prospect needs a company name.")};
    if (after != *before)
        push({before}, {after}, text, merge);
    return success();
}

Status ProspectBook::setStatus(qint64 id, ProspectStatus status)
{
    auto p = find(id);
    if (!p)
        return gone();
    p->status = status;
    return update(*p, markText(status));
}

Status ProspectBook::setValueText(qint64 id, qint64 attributeId, const QString &text)
{
    auto p = find(id);
    if (!p)
        return gone();
    const IcpChart &chart = m_workspace->chart()->chart();
    const Attribute *attribute = chart.attribute(attributeId);
    if (!attribute)
        return Error{tr("The chart has no such attribute.")};
    if (Status set = setFieldFromText(historyFields(), *p, prospectValueKey(attributeId), text);
        !set)
        return set;
    return update(*p, tr("Edit %1").arg(attribute->label));
}

Status ProspectBook::restoreField(qint64 id, const QString &key, const QString &text)
{
    auto p = find(id);
    if (!p)
        return gone();
    if (Status set = setFieldFromText(historyFields(), *p, key, text); !set)
        return set;
    return update(*p, tr("Restore an earlier value"));
}

QString ProspectBook::valueText(const Prospect &prospect, qint64 attributeId) const
{
    return displayText(prospect.value(attributeId), m_workspace->chart()->chart().currency());
}

QList<ItemField<Prospect>> ProspectBook::historyFields() const
{
    const IcpChart &chart = m_workspace->chart()->chart();
    return prospectFields(chart.attributes(), chart.currency());
}

} // namespace clientele
