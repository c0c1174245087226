#pragma once
// Proof that the person at the kiosk owns the filing they looked up: the look-up code printed
// on its receipt beside the mã hồ sơ (kiosk/base/lookup_secret.hpp), or their ID card (the
// number read from the card is the applicant's). Until it is given, "Tra cứu hồ sơ" holds only
// the status word and the due date: the history, staff's notes, payments, supplements and
// results are not even read into the session. Whatever acts on a looked-up filing (adding a
// supplement, printing a result) asks ownerProven first.
#include <chrono>

#include "kiosk/base/clock.hpp"

namespace kiosk::core {

struct Session;

enum class OwnerProof {
    None,          // a mã hồ sơ alone: the status word and the due date
    LookupSecret,  // the receipt's look-up code was typed (or scanned with the receipt's QR)
    IdCard,        // the card read on the look-up screen is the applicant's
};

// Why the last attempt to prove ownership failed, for the look-up screen's message.
enum class ProofRefusal {
    None,
    WrongSecret,  // not this filing's look-up code (counted by the LookupThrottle)
    Malformed,    // not a look-up code at all (too short, letters it never has): not counted
    Throttled,    // too many wrong codes at this kiosk: Session::lookupWait says how long
    NotIssued,    // the portal has not answered yet, so no look-up code exists for it
    WrongCard,    // the card read is not the applicant's
    Unavailable,  // the kiosk's records could not be read
};

// Wrong look-up codes typed at this kiosk, whoever typed them: after kFreeWrong in a row the
// kiosk checks none for kFirstWait, doubling with each further wrong code (capped at 1 hour).
// Kiosk-wide on purpose: starting a new session must not reset it. The portal keeps its own
// count per kiosk (docs/portal-api.md §4.6), so another kiosk cannot be used to go around it.
class LookupThrottle {
public:
    using Time = Clock::Steady::time_point;

    static constexpr int kFreeWrong = 5;
    static constexpr std::chrono::seconds kFirstWait{60};
    static constexpr std::chrono::seconds kLongestWait{3600};

    // How long the kiosk still refuses to check a code at `now`; zero when it checks one.
    std::chrono::seconds remaining(Time now) const;
    // A wrong code at `now`: counts it and returns the wait it starts (zero for the first
    // kFreeWrong - 1).
    std::chrono::seconds recordWrong(Time now);
    // A right code: the count starts again.
    void recordRight() { m_wrong = 0; }

    int wrongInARow() const { return m_wrong; }

private:
    int m_wrong = 0;
    Time m_refusingUntil{};
};

// True when the filing in session.lookupResult is proven to be the citizen's.
bool ownerProven(const Session& session);

}  // namespace kiosk::core
