#pragma once

#include <QRandomGenerator>

namespace hangar::sim {

// Misbehaviour on demand, so clients can be tested against a flaky network and platform.
struct FaultSettings {
    int latencyMs = 0; // added before every answer
    // Up to this much more, chosen per answer: answers to requests in flight together then
    // come back in any order, as they do over a real network.
    int latencyJitterMs = 0;
    // Up to this long, chosen per request, before a request is handled: requests in flight
    // together are then carried out in any order, as a machine runs concurrent execs.
    int handlingJitterMs = 0;
    double failRate = 0; // share of requests answered with 5xx, 429 or a dropped connection
    double stallRate = 0; // share of requests never answered
    // Share of requests carried out whose answer is lost: the connection drops as the request
    // arrives, and the request is handled all the same (after its hold, if any). The client
    // cannot tell whether it ran, and it may run after the client has given up on it.
    double lostAnswerRate = 0;
};

class FaultInjector final {
public:
    enum class Fault { None, ServerError, RateLimited, ConnectionReset, Stall, AnswerLost };

    explicit FaultInjector(quint32 seed)
        : m_random(seed)
    {
    }

    void setSettings(const FaultSettings &settings) { m_settings = settings; }
    const FaultSettings &settings() const { return m_settings; }
    Fault decide();
    // How long to hold the next answer back, in milliseconds.
    int latencyMs();
    // How long to wait before handling the next request, in milliseconds.
    int handlingDelayMs();

private:
    int upTo(int maxMs); // 0..maxMs at random; 0 (and no draw) when maxMs is 0

    FaultSettings m_settings;
    QRandomGenerator m_random;
};

} // namespace hangar::sim
