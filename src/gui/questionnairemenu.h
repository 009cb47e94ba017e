#pragma once

#include "core/recordspec.h"

#include <QMenu>

#include <functional>
#include <optional>
#include <utility>

namespace citykb {

class SessionHost;

// The window's Questionnaires menu (issue 12): New Questionnaire, Edit Questionnaire, Compare
// Responses and Export Responses. The last three act on the questionnaire the window shows (or
// the one a shown response answers), else they ask which one.
class QuestionnaireMenu : public QMenu
{
    Q_OBJECT

public:
    using CurrentRecord = std::function<std::optional<std::pair<RecordType, QString>>()>;
    QuestionnaireMenu(SessionHost &host, CurrentRecord currentRecord, QWidget *parent);

    void newQuestionnaire();
    // `key`: any version's; the editor opens the latest.
    void editQuestionnaire(const QString &key);
    void compareResponses(const QString &key);
    void exportResponses(const QString &key, const QString &title);

Q_SIGNALS:
    // A questionnaire was saved: the window may show its page.
    void recordRequested(citykb::RecordType type, const QString &key);

private:
    // Calls `use` with the key and title of the questionnaire to act on, once known.
    void withQuestionnaire(const QString &purpose, const std::function<void(const QString &key, const QString &title)> &use);

    SessionHost &m_host;
    CurrentRecord m_currentRecord;
};

} // namespace citykb
