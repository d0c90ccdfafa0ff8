#pragma once
// 登记议事 / 修改: a meeting of residents as the desk records it — a residents' council of a
// community or a grid's self-management committee, when and where, the topic, who attended counted
// by role, the positions voiced, the resolution, a rule adopted (its title and text) and the
// requests it settles (by number). The core checks it; a refusal puts the cursor on the field.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "councils/CouncilTypes.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gdui {

class CouncilDialog : public QDialog
{
    Q_OBJECT
public:
    CouncilDialog(const AppContext &ctx, const gd::Council &council, QWidget *parent = nullptr);
    gd::Council council() const;
    QString savedId() const { return m_savedId; }
    QComboBox *communityCombo() const { return m_community; }
    QLineEdit *topicEdit() const { return m_topic; }
    QSpinBox *countBox(const QString &role) const { return m_counts.value(role); }
    QPlainTextEdit *resolutionEdit() const { return m_resolution; }
    QLineEdit *ruleTitleEdit() const { return m_ruleTitle; }
    QPlainTextEdit *ruleTextEdit() const { return m_ruleText; }
    QLineEdit *casesEdit() const { return m_cases; }

public Q_SLOTS:
    void accept() override;

private:
    void fillGrids(const QString &chosen);
    AppContext m_ctx;
    QString m_id;
    QComboBox *m_kind, *m_community, *m_grid;
    QDateTimeEdit *m_at;
    QLineEdit *m_topic, *m_place, *m_ruleTitle, *m_cases;
    QHash<QString, QSpinBox *> m_counts;
    QPlainTextEdit *m_positions, *m_resolution, *m_ruleText;
    FieldErrors m_errors;
    QString m_savedId;
};

} // namespace gdui
