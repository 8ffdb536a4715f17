#include "listing.h"
#include "profilelookup.h"

#include "clientele/core/profilestore.h"
#include "clientele/domain/itemfields.h"
#include "clientele/domain/profilefields.h"

#include <algorithm>

namespace clientele::cli {

namespace {

const QString kUsage =
    QStringLiteral("edit-profile FILE PROFILE --set FIELD=VALUE [--set FIELD=VALUE ...]");

struct FieldSetting {
    ProfileField field;
    QString value;
};

QStringList fieldKeys()
{
    QStringList keys;
    for (ProfileField field : allProfileFields())
        keys << fieldKey(field);
    return keys;
}

// Why FIELD names no field edit-profile sets; the list of those that it does.
QString unknownFieldText(const QString &key)
{
    const QString valid = fieldKeys().join(QStringLiteral(", "));
    for (ProfileList list : allProfileLists())
        if (listKey(list) == key)
            return Cli::tr("\"%1\" is a list, which edit-profile does not set. It sets these "
                           "fields: %2.")
                .arg(key, valid);
    return Cli::tr("A profile has no field \"%1\". The fields are: %2.").arg(key, valid);
}

// The --set options as fields and values; else why they do not make an edit.
Result<QList<FieldSetting>> readSettings(const QStringList &sets)
{
    if (sets.isEmpty())
        return Error{Cli::tr("Say what to change: --set FIELD=VALUE, such as "
                             "--set businessSize=5-200.")};
    QList<FieldSetting> settings;
    for (const QString &set : sets) {
        const qsizetype equals = set.indexOf(u'=');
        if (equals <= 0)
            return Error{Cli::tr("--set takes FIELD=VALUE, such as businessSize=5-200, not "
                                 "\"%1\".")
                             .arg(set)};
        const QString key = set.left(equals);
        const QString value = set.mid(equals + 1);
        const QList<ProfileField> fields = allProfileFields();
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](ProfileField f) { return fieldKey(f) == key; });
        if (field == fields.cend())
            return Error{unknownFieldText(key)};
        for (const FieldSetting &earlier : settings)
            if (earlier.field == *field)
                return Error{Cli::tr("The field \"%1\" is set twice; give it one value.").arg(key)};
        settings.append({*field, value});
    }
    return settings;
}

QString changedText(const CustomerProfile &before, const CustomerProfile &after)
{
    QString text = Cli::tr("Changed profile %1 \u201C%2\u201D:").arg(after.id).arg(after.name);
    text += u'\n';
    for (const FieldChange &change : changedFields(profileFields(), before, after))
        text += QStringLiteral("  %1: %2 \u2192 %3\n")
                    .arg(change.label, oneLine(change.before), oneLine(change.after));
    return text;
}

int editProfile(const QCommandLineParser &parser)
{
    if (!expectArguments(parser, 2, kUsage))
        return int(Usage);
    const auto settings = readSettings(parser.values(QStringLiteral("set")));
    if (!settings)
        return usageError(settings.errorMessage(), kUsage);
    auto workspace = openToWrite(parser.positionalArguments().at(0));
    if (!workspace)
        return fail(workspace.errorMessage());
    Workspace &open = **workspace;
    const auto before = findProfile(open, parser.positionalArguments().at(1));
    if (!before)
        return fail(before.errorMessage());
    CustomerProfile after = *before;
    for (const FieldSetting &setting : *settings) {
        if (const Status set = setFieldText(after, setting.field, setting.value); !set)
            return fail(Cli::tr("%1, profile %2 \u201C%3\u201D, field \"%4\": %5 Nothing was "
                                "changed.")
                            .arg(open.path())
                            .arg(before->id)
                            .arg(before->name, fieldKey(setting.field), set.errorMessage()));
    }
    if (changedFields(profileFields(), *before, after).isEmpty()) {
        print(Cli::tr("Profile %1 \u201C%2\u201D already has these values; nothing was changed.")
                  .arg(before->id)
                  .arg(before->name));
        return int(Ok);
    }
    const QString undoText = settings->size() == 1
                                 ? ProfileStore::fieldEditText(settings->front().field)
                                 : Cli::tr("Edit the profile's fields");
    if (const Status changed =
            writeChange(open, [&] { return open.profiles()->replace(*before, after, undoText); });
        !changed)
        return fail(changed.errorMessage());
    print(changedText(*before, *open.profiles()->find(before->id)));
    return int(Ok);
}

} // namespace

CliCommand editProfileCommand()
{
    return {
        QStringLiteral("edit-profile"),
        Cli::tr("Set fields of a profile, as one change recorded in the history."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(QStringLiteral("PROFILE"),
                                         Cli::tr("The profile's id, uuid or name."));
            parser.addOption(
                {QStringLiteral("set"),
                 Cli::tr("Set a field, named as in the JSON export (%1), to VALUE; "
                         "businessSize takes a staff count such as 12, a range such as 5-200 or "
                         "nothing for unknown. Give --set once per field.")
                     .arg(fieldKeys().join(QStringLiteral(", "))),
                 QStringLiteral("FIELD=VALUE")});
        },
        editProfile,
    };
}

} // namespace clientele::cli
