#include "clientele/storage/jsondocument.h"

#include "clientele/storage/jsoninputerror.h"

#include <QCoreApplication>
#include <string>
#include <unordered_set>
#include <vector>

namespace clientele {

namespace {

// Follows the parser through the document so that a refusal can name the path where it happened.
class ParseTracker {
public:
    explicit ParseTracker(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    bool onEvent(nlohmann::json::parse_event_t event, const nlohmann::json &parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (static_cast<int>(m_frames.size()) >= m_maxDepth)
                throw JsonInputError(path(),
                                     QCoreApplication::translate("clientele::WorkspaceJson",
                                                                 "nested deeper than %1 levels; a "
                                                                 "workspace never is")
                                         .arg(m_maxDepth));
            m_frames.push_back({event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame &frame = m_frames.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second)
                throw JsonInputError(
                    path(), QCoreApplication::translate("clientele::WorkspaceJson",
                                                        "the key appears twice in the same "
                                                        "object"));
            break;
        }
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            elementDone();
            break;
        case Event::value: elementDone(); break;
        }
        return true;
    }

private:
    struct Frame {
        bool isArray = false;
        qsizetype index = 0;
        std::string key;
        std::unordered_set<std::string> keys;
    };

    void elementDone()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().index;
    }

    QString path() const
    {
        QString result;
        for (const Frame &frame : m_frames) {
            if (frame.isArray) {
                result += QStringLiteral("[%1]").arg(frame.index);
            } else if (!frame.key.empty()) {
                if (!result.isEmpty())
                    result += QLatin1Char('.');
                result += QString::fromStdString(frame.key);
            }
        }
        return result.isEmpty()
                   ? QCoreApplication::translate("clientele::WorkspaceJson", "top level")
                   : result;
    }

    int m_maxDepth;
    std::vector<Frame> m_frames;
};

// Where a syntax error sits, in the terms a text editor shows.
QString describePosition(const QByteArray &bytes, std::size_t bytesRead)
{
    const qsizetype offset = std::min<qsizetype>(
        bytes.size(), static_cast<qsizetype>(bytesRead > 0 ? bytesRead - 1 : 0));
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, so skip UTF-8 continuation bytes.
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<quint8>(bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return QCoreApplication::translate("clientele::WorkspaceJson",
                                       "line %1, column %2 (byte offset %3)")
        .arg(line)
        .arg(column)
        .arg(offset);
}

// nlohmann's message starts with its own location prefix; keep only the reason.
QString parseReason(const nlohmann::json::parse_error &error)
{
    const std::string what = error.what();
    const auto colon = what.find(": ");
    return QString::fromUtf8(colon == std::string::npos ? what : what.substr(colon + 2));
}

} // namespace

nlohmann::json parseJsonDocument(const QByteArray &bytes, int maxDepth)
{
    ParseTracker tracker(maxDepth);
    try {
        return nlohmann::json::parse(
            bytes.constData(), bytes.constData() + bytes.size(),
            [&tracker](int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
                return tracker.onEvent(event, parsed);
            });
    } catch (const nlohmann::json::parse_error &error) {
        throw JsonInputError(
            describePosition(bytes, error.byte),
            QCoreApplication::translate("clientele::WorkspaceJson", "not valid JSON: %1")
                .arg(parseReason(error)));
    } catch (const nlohmann::json::exception &error) {
        throw JsonInputError(
            {}, QCoreApplication::translate("clientele::WorkspaceJson", "not valid JSON: %1")
                    .arg(QString::fromUtf8(error.what())));
    }
}

} // namespace clientele
