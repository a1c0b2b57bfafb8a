import Foundation

/// Where background work leaves its events for the event loop: any thread
/// posts, the loop drains between keys. Progress is coalesced: a job's
/// newer progress replaces its older one still waiting, so a slow frame
/// never queues a backlog.
public final class Inbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [Event] = []

    public init() {}

    public func post(_ event: Event) {
        condition.lock()
        if case .progress(let job, _) = event,
           let waiting = events.lastIndex(where: { if case .progress(job, _) = $0 { return true } else { return false } }) {
            events[waiting] = event
        } else {
            events.append(event)
        }
        condition.signal()
        condition.unlock()
    }

    /// The events posted since the last drain, oldest first.
    public func drain() -> [Event] {
        condition.lock()
        defer { condition.unlock() }
        let drained = events
        events.removeAll()
        return drained
    }

    /// Waits until an event is waiting or `seconds` have passed; true if one is.
    @discardableResult
    public func wait(seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if events.isEmpty { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
        return !events.isEmpty
    }
}
