#include "ExchangeNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QTableView>
#include <QTimeZone>

namespace gdui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::Exchange)
};

} // namespace

QString exchangeTableTitle(const QString &table)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("streets"), QT_TRANSLATE_NOOP("gdui::Exchange", "Streets")},
        {QStringLiteral("communities"), QT_TRANSLATE_NOOP("gdui::Exchange", "Communities")},
        {QStringLiteral("grids"), QT_TRANSLATE_NOOP("gdui::Exchange", "Grids")},
        {QStringLiteral("police_grids"), QT_TRANSLATE_NOOP("gdui::Exchange", "Police grids")},
        {QStringLiteral("buildings"), QT_TRANSLATE_NOOP("gdui::Exchange", "Buildings")},
        {QStringLiteral("addresses"), QT_TRANSLATE_NOOP("gdui::Exchange", "Addresses")},
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("gdui::Exchange", "Units")},
        {QStringLiteral("unit_contacts"), QT_TRANSLATE_NOOP("gdui::Exchange", "Unit contacts")},
        {QStringLiteral("workers"), QT_TRANSLATE_NOOP("gdui::Exchange", "Workers")},
        {QStringLiteral("worker_grids"), QT_TRANSLATE_NOOP("gdui::Exchange", "Workers' grids")},
        {QStringLiteral("career_steps"), QT_TRANSLATE_NOOP("gdui::Exchange", "Career steps")},
        {QStringLiteral("grid_covers"), QT_TRANSLATE_NOOP("gdui::Exchange", "Grid covers")},
        {QStringLiteral("calendar_days"), QT_TRANSLATE_NOOP("gdui::Exchange", "Calendar days")},
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("gdui::Exchange", "Categories")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("gdui::Exchange", "Cases")},
        {QStringLiteral("case_events"), QT_TRANSLATE_NOOP("gdui::Exchange", "Case timeline events")},
        {QStringLiteral("rating_items"), QT_TRANSLATE_NOOP("gdui::Exchange", "Review criteria")},
        {QStringLiteral("rating_months"), QT_TRANSLATE_NOOP("gdui::Exchange", "Monthly reviews")},
        {QStringLiteral("rating_entries"), QT_TRANSLATE_NOOP("gdui::Exchange", "Review scores typed in")},
        {QStringLiteral("rating_results"), QT_TRANSLATE_NOOP("gdui::Exchange", "Review results")},
        {QStringLiteral("rating_appeals"), QT_TRANSLATE_NOOP("gdui::Exchange", "Review appeals")},
        {QStringLiteral("trainings"), QT_TRANSLATE_NOOP("gdui::Exchange", "Training sessions")},
        {QStringLiteral("training_attendees"), QT_TRANSLATE_NOOP("gdui::Exchange", "Training attendance")},
        {QStringLiteral("care_households"), QT_TRANSLATE_NOOP("gdui::Exchange", "Care register")},
        {QStringLiteral("visits"), QT_TRANSLATE_NOOP("gdui::Exchange", "Visits and patrols")},
        {QStringLiteral("visit_photos"), QT_TRANSLATE_NOOP("gdui::Exchange", "Visit photos")},
        {QStringLiteral("disputes"), QT_TRANSLATE_NOOP("gdui::Exchange", "Dispute ledger")},
        {QStringLiteral("dispute_parties"), QT_TRANSLATE_NOOP("gdui::Exchange", "Dispute parties")},
        {QStringLiteral("dispute_mediators"), QT_TRANSLATE_NOOP("gdui::Exchange", "Dispute mediators")},
        {QStringLiteral("dispute_sessions"), QT_TRANSLATE_NOOP("gdui::Exchange", "Mediation sessions")},
        {QStringLiteral("dispute_files"), QT_TRANSLATE_NOOP("gdui::Exchange", "Dispute files")},
        {QStringLiteral("joint_team_members"), QT_TRANSLATE_NOOP("gdui::Exchange", "1+1+N team members")},
        {QStringLiteral("joint_activities"), QT_TRANSLATE_NOOP("gdui::Exchange", "Joint activities")},
        {QStringLiteral("joint_activity_grids"), QT_TRANSLATE_NOOP("gdui::Exchange", "Grids of joint activities")},
        {QStringLiteral("joint_activity_people"), QT_TRANSLATE_NOOP("gdui::Exchange", "People of joint activities")},
        {QStringLiteral("joint_activity_links"),
         QT_TRANSLATE_NOOP("gdui::Exchange", "Requests and disputes of joint activities")},
        {QStringLiteral("joint_meetings"), QT_TRANSLATE_NOOP("gdui::Exchange", "Joint meetings")},
        {QStringLiteral("joint_meeting_people"), QT_TRANSLATE_NOOP("gdui::Exchange", "Joint meeting attendees")},
        {QStringLiteral("joint_tasks"), QT_TRANSLATE_NOOP("gdui::Exchange", "Joint meeting tasks")},
        {QStringLiteral("councils"), QT_TRANSLATE_NOOP("gdui::Exchange", "Residents' councils")},
        {QStringLiteral("council_cases"), QT_TRANSLATE_NOOP("gdui::Exchange", "Requests settled by councils")},
        {QStringLiteral("volunteer_kinds"), QT_TRANSLATE_NOOP("gdui::Exchange", "Kinds of volunteer service")},
        {QStringLiteral("volunteer_teams"), QT_TRANSLATE_NOOP("gdui::Exchange", "Volunteer teams")},
        {QStringLiteral("volunteer_members"), QT_TRANSLATE_NOOP("gdui::Exchange", "Volunteer team members")},
        {QStringLiteral("volunteer_services"), QT_TRANSLATE_NOOP("gdui::Exchange", "Volunteer services")},
        {QStringLiteral("volunteer_service_people"), QT_TRANSLATE_NOOP("gdui::Exchange", "Volunteers who served")},
        {QStringLiteral("training_needs"), QT_TRANSLATE_NOOP("gdui::Exchange", "Training needs")},
        {QStringLiteral("training_session_needs"), QT_TRANSLATE_NOOP("gdui::Exchange", "Needs of training sessions")},
        {QStringLiteral("training_orders"), QT_TRANSLATE_NOOP("gdui::Exchange", "Training orders")},
        {QStringLiteral("training_materials"), QT_TRANSLATE_NOOP("gdui::Exchange", "Training materials")},
        {QStringLiteral("exemplary_cases"), QT_TRANSLATE_NOOP("gdui::Exchange", "Exemplary cases")},
        {QStringLiteral("exemplary_photos"), QT_TRANSLATE_NOOP("gdui::Exchange", "Photos of exemplary cases")},
        {QStringLiteral("ideas"), QT_TRANSLATE_NOOP("gdui::Exchange", "Good ideas")},
        {QStringLiteral("idea_visits"), QT_TRANSLATE_NOOP("gdui::Exchange", "Observation visits")},
        {QStringLiteral("idea_adoptions"), QT_TRANSLATE_NOOP("gdui::Exchange", "Adoptions of good ideas")},
    };
    const char *title = titles.value(table);
    return title ? Text::tr(title) : table;
}

QString exchangeFieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("gdui::Exchange", "Name")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("gdui::Exchange", "Code")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("gdui::Exchange", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("gdui::Exchange", "Address")},
        {QStringLiteral("wechat"), QT_TRANSLATE_NOOP("gdui::Exchange", "WeChat account")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("gdui::Exchange", "In use")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("gdui::Exchange", "Deleted")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("gdui::Exchange", "Status")},
        {QStringLiteral("star"), QT_TRANSLATE_NOOP("gdui::Exchange", "Star level")},
        {QStringLiteral("worker_id"), QT_TRANSLATE_NOOP("gdui::Exchange", "Worker")},
        {QStringLiteral("head_id"), QT_TRANSLATE_NOOP("gdui::Exchange", "Grid head")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("gdui::Exchange", "Households")},
        {QStringLiteral("residents"), QT_TRANSLATE_NOOP("gdui::Exchange", "Residents")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("gdui::Exchange", "What happened")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("gdui::Exchange", "Request")},
        {QStringLiteral("reporter_name"), QT_TRANSLATE_NOOP("gdui::Exchange", "Reporter")},
        {QStringLiteral("reporter_phone"), QT_TRANSLATE_NOOP("gdui::Exchange", "Reporter's phone")},
        {QStringLiteral("service_phone"), QT_TRANSLATE_NOOP("gdui::Exchange", "Service phone")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("gdui::Exchange", "Role")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("gdui::Exchange", "Note")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("gdui::Exchange", "Title")},
        {QStringLiteral("background"), QT_TRANSLATE_NOOP("gdui::Exchange", "Background")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("gdui::Exchange", "What the worker did")},
        {QStringLiteral("effect"), QT_TRANSLATE_NOOP("gdui::Exchange", "Result")},
        {QStringLiteral("lessons"), QT_TRANSLATE_NOOP("gdui::Exchange", "What others can learn")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("gdui::Exchange", "State")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("gdui::Exchange", "Evaluation")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("gdui::Exchange", "Comment")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("gdui::Exchange", "Comments")},
        {QStringLiteral("refinement"), QT_TRANSLATE_NOOP("gdui::Exchange", "Refinement")},
    };
    const char *title = titles.value(field);
    return title ? Text::tr(title) : field;
}

QString exchangeTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &objectName, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace gdui
