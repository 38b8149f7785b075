#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace hangar::api {

// Runs `work` on the global thread pool and hands its result to `done` on the thread of
// `context` (the GUI thread for GUI objects). If `context` is destroyed first, `done` never
// runs. For parsing and comparing large answers without stalling the interface.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->future().result());
        });
    watcher->setFuture(future);
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace hangar::api
