#include "gui/config/processsection.h"

#include "api/values/durations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace hangar::gui {

QString joinCommand(const QStringList &argv)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList words;
    for (const QString &arg : argv) {
        if (plain.match(arg).hasMatch())
            words.append(arg);
        else
            words.append(QLatin1Char('\'')
                + QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
                + QLatin1Char('\''));
    }
    return words.join(QLatin1Char(' '));
}

std::optional<QStringList> splitCommand(const QString &line)
{
    // Quotes and backslashes as a POSIX shell reads them.
    QStringList words;
    QString word;
    bool inWord = false;
    bool single = false;
    bool dbl = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (single) {
            if (c == QLatin1Char('\''))
                single = false;
            else
                word += c;
        } else if (dbl) {
            if (c == QLatin1Char('"'))
                dbl = false;
            else if (c == QLatin1Char('\\') && i + 1 < line.size()
                && QStringLiteral("\"\\$`").contains(line.at(i + 1)))
                word += line.at(++i);
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('\''))
                single = true;
            else if (c == QLatin1Char('"'))
                dbl = true;
            else if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
        }
    }
    if (single || dbl)
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

ProcessSection::ProcessSection(QWidget *parent)
    : ConfigSection(tr("Process"), parent)
    , m_cmd(new QLineEdit(this))
    , m_entrypoint(new QLineEdit(this))
    , m_exec(new QLineEdit(this))
    , m_tty(new QCheckBox(tr("Allocate a terminal (tty)"), this))
    , m_signal(new QComboBox(this))
    , m_stopTimeout(new QLineEdit(this))
    , m_restartPolicy(new QComboBox(this))
    , m_maxRetries(new QSpinBox(this))
    , m_autoDestroy(new QCheckBox(tr("Destroy the machine when it exits"), this))
    , m_schedule(new QComboBox(this))
{
    setObjectName(QStringLiteral("processSection"));
    m_cmd->setObjectName(QStringLiteral("cmdEdit"));
    m_cmd->setPlaceholderText(tr("the image's CMD"));
    setHelp(m_cmd, tr("Replaces the image's CMD, written as in a shell: nginx -g 'daemon off;'"));
    m_entrypoint->setObjectName(QStringLiteral("entrypointEdit"));
    m_entrypoint->setPlaceholderText(tr("the image's ENTRYPOINT"));
    setHelp(m_entrypoint, tr("Replaces the image's ENTRYPOINT."));
    m_exec->setObjectName(QStringLiteral("execEdit"));
    m_exec->setPlaceholderText(tr("not set"));
    setHelp(m_exec, tr("Runs this instead of entrypoint and command together."));
    m_tty->setObjectName(QStringLiteral("ttyCheck"));
    setHelp(m_tty, tr("Some programs need a terminal to start; most servers do not."));

    m_signal->setObjectName(QStringLiteral("stopSignalCombo"));
    m_signal->addItem(tr("Default (SIGINT)"), QString());
    for (const char *name :
        {"SIGTERM", "SIGINT", "SIGQUIT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGKILL"})
        m_signal->addItem(QLatin1String(name), QLatin1String(name));
    setHelp(m_signal, tr("The signal sent to the process when the machine stops."));
    m_stopTimeout->setObjectName(QStringLiteral("stopTimeoutEdit"));
    m_stopTimeout->setPlaceholderText(tr("default (5s)"));
    setHelp(m_stopTimeout,
        tr("How long to wait after the signal before killing the process, "
           "such as 30s or 2m."));

    m_restartPolicy->setObjectName(QStringLiteral("restartPolicyCombo"));
    m_restartPolicy->addItem(tr("Default (on failure)"), QString());
    m_restartPolicy->addItem(tr("On failure"), QStringLiteral("on-failure"));
    m_restartPolicy->addItem(tr("Always"), QStringLiteral("always"));
    m_restartPolicy->addItem(tr("Never"), QStringLiteral("no"));
    setHelp(m_restartPolicy, tr("What happens when the main process exits."));
    m_maxRetries->setObjectName(QStringLiteral("maxRetriesSpin"));
    m_maxRetries->setRange(0, 100);
    m_maxRetries->setSpecialValueText(tr("default"));
    setHelp(m_maxRetries, tr("How many times to restart after failures before giving up."));
    m_autoDestroy->setObjectName(QStringLiteral("autoDestroyCheck"));
    setHelp(
        m_autoDestroy, tr("For one-off jobs: the machine is destroyed once its process exits."));
    m_schedule->setObjectName(QStringLiteral("scheduleCombo"));
    m_schedule->addItem(tr("No schedule"), QString());
    m_schedule->addItem(tr("Hourly"), QStringLiteral("hourly"));
    m_schedule->addItem(tr("Daily"), QStringLiteral("daily"));
    m_schedule->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_schedule->addItem(tr("Monthly"), QStringLiteral("monthly"));
    setHelp(m_schedule, tr("Starts the machine on this schedule; it should exit when done."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Co&mmand:"), m_cmd);
    layout->addRow(tr("E&ntrypoint:"), m_entrypoint);
    layout->addRow(tr("E&xec:"), m_exec);
    layout->addRow(QString(), m_tty);
    layout->addRow(tr("Stop &signal:"), m_signal);
    layout->addRow(tr("Stop &timeout:"), m_stopTimeout);
    layout->addRow(tr("&Restart:"), m_restartPolicy);
    layout->addRow(tr("Max retries:"), m_maxRetries);
    layout->addRow(QString(), m_autoDestroy);
    layout->addRow(tr("Sc&hedule:"), m_schedule);

    for (QLineEdit *edit : {m_cmd, m_entrypoint, m_exec, m_stopTimeout})
        connect(edit, &QLineEdit::textEdited, this, &ProcessSection::onEdited);
    for (QComboBox *combo : {m_signal, m_restartPolicy, m_schedule})
        connect(combo, qOverload<int>(&QComboBox::activated), this, &ProcessSection::onEdited);
    connect(m_maxRetries, qOverload<int>(&QSpinBox::valueChanged), this, &ProcessSection::onEdited);
    connect(m_tty, &QCheckBox::toggled, this, &ProcessSection::onEdited);
    connect(m_autoDestroy, &QCheckBox::toggled, this, &ProcessSection::onEdited);
}

ProcessSection::~ProcessSection() = default;

void ProcessSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = config;
    const api::InitConfig init = config.init();
    m_cmd->setText(joinCommand(init.cmd()));
    m_entrypoint->setText(joinCommand(init.entrypoint()));
    m_exec->setText(joinCommand(init.exec()));
    m_tty->setChecked(init.tty());
    const api::StopConfig stop = config.stopConfig();
    m_signal->setCurrentIndex(qMax(0, m_signal->findData(stop.signal())));
    m_stopTimeout->setText(stop.contains(QLatin1String("timeout"))
            ? api::formatGoDuration(stop.timeoutMs())
            : QString());
    const api::RestartConfig restart = config.restart();
    m_restartPolicy->setCurrentIndex(qMax(0, m_restartPolicy->findData(restart.policy())));
    m_maxRetries->setValue(restart.maxRetries());
    m_autoDestroy->setChecked(config.autoDestroy());
    m_schedule->setCurrentIndex(qMax(0, m_schedule->findData(config.schedule())));
    onEdited();
    setLoading(false);
}

void ProcessSection::store(api::MachineConfig &draft) const
{
    api::InitConfig init = m_loaded.init();
    const api::InitConfig before = init;
    // An emptied field goes back to the image's default rather than to an empty argv.
    auto apply = [&init](QLineEdit *edit, QLatin1String key, const QStringList &loaded,
                     void (api::InitConfig::*set)(const QStringList &)) {
        if (joinCommand(loaded) == edit->text().trimmed())
            return;
        const QStringList argv = splitCommand(edit->text()).value_or(loaded);
        if (argv.isEmpty())
            init.remove(key);
        else
            (init.*set)(argv);
    };
    apply(m_cmd, QLatin1String("cmd"), before.cmd(), &api::InitConfig::setCmd);
    apply(m_entrypoint, QLatin1String("entrypoint"), before.entrypoint(),
        &api::InitConfig::setEntrypoint);
    apply(m_exec, QLatin1String("exec"), before.exec(), &api::InitConfig::setExec);
    if (init.tty() != m_tty->isChecked())
        init.setTty(m_tty->isChecked());
    if (init != before)
        draft.setInit(init);

    api::StopConfig stop = m_loaded.stopConfig();
    const api::StopConfig stopBefore = stop;
    const QString signal = m_signal->currentData().toString();
    if (stop.signal() != signal) {
        if (signal.isEmpty())
            stop.remove(QLatin1String("signal"));
        else
            stop.setSignal(signal);
    }
    const QString timeoutText = m_stopTimeout->text().trimmed();
    const QString loadedTimeout = stop.contains(QLatin1String("timeout"))
        ? api::formatGoDuration(stop.timeoutMs())
        : QString();
    if (timeoutText != loadedTimeout) {
        if (timeoutText.isEmpty())
            stop.remove(QLatin1String("timeout"));
        else if (const auto ms = api::parseGoDurationMs(timeoutText))
            stop.setTimeoutMs(*ms);
    }
    if (stop != stopBefore)
        draft.setStopConfig(stop);

    api::RestartConfig restart = m_loaded.restart();
    const api::RestartConfig restartBefore = restart;
    const QString policy = m_restartPolicy->currentData().toString();
    if (restart.policy() != policy)
        restart.setPolicy(policy);
    if (restart.maxRetries() != m_maxRetries->value())
        restart.setMaxRetries(m_maxRetries->value());
    if (restart != restartBefore)
        draft.setRestart(restart);

    if (m_loaded.autoDestroy() != m_autoDestroy->isChecked())
        draft.setAutoDestroy(m_autoDestroy->isChecked());
    const QString schedule = m_schedule->currentData().toString();
    if (m_loaded.schedule() != schedule) {
        if (schedule.isEmpty())
            draft.remove(QLatin1String("schedule"));
        else
            draft.setSchedule(schedule);
    }
}

QString ProcessSection::durationProblem() const
{
    const QString text = m_stopTimeout->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto ms = api::parseGoDurationMs(text);
    if (!ms)
        return tr("“%1” is not a duration; write it like 30s or 2m.").arg(text);
    if (*ms < 0)
        return tr("The stop timeout cannot be negative.");
    return {};
}

QStringList ProcessSection::problems() const
{
    QStringList found;
    const QString duration = durationProblem();
    if (!duration.isEmpty())
        found.append(duration);
    for (QLineEdit *edit : {m_cmd, m_entrypoint, m_exec}) {
        if (!splitCommand(edit->text()))
            found.append(tr("A quote is not closed in “%1”.").arg(edit->text()));
    }
    return found;
}

void ProcessSection::onEdited()
{
    markField(m_stopTimeout, durationProblem());
    for (QLineEdit *edit : {m_cmd, m_entrypoint, m_exec})
        markField(edit, splitCommand(edit->text()) ? QString() : tr("A quote is not closed."));
    m_maxRetries->setEnabled(m_restartPolicy->currentData().toString() != QLatin1String("no")
        && m_restartPolicy->currentData().toString() != QLatin1String("always"));
    emitEdited();
}

} // namespace hangar::gui
