#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hangar::api {
class ApiClient;
}

namespace hangar::gui {

// Creates an app: a name (checked as typed) and the organisation it belongs to. The dialog stays
// open while the server answers, so a taken name is fixed in place.
class NewAppDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAppDialog)

public:
    NewAppDialog(
        api::ApiClient &client, const QStringList &organizations, QWidget *parent = nullptr);
    ~NewAppDialog() override;

    QLineEdit *nameEdit() const { return m_name; }
    void accept() override;

signals:
    void appCreated(const QString &name);

private:
    QString problem() const;
    void refresh();

    QPointer<api::ApiClient> m_client;
    QLineEdit *m_name;
    QComboBox *m_organization;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace hangar::gui
