import Foundation

/// A value worked out on a thread of its own, waited for when read.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var work: (() -> Value)?
    private var result: Value?

    /// How the thread is scheduled beside the others.
    enum Priority {
        case normal
        /// Only what other threads leave: the thread takes a core when one
        /// stands idle (the lowest nice value; on Linux it is the thread's own).
        case idleCores
    }

    init(_ priority: Priority = .normal, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        Thread.detachNewThread { [self] in
            if priority == .idleCores { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19) }
            result = self.work!()
            // What the work held (an index's database, say) is let go before
            // the value is handed over, not whenever the thread ends.
            self.work = nil
            done.signal()
        }
    }

    /// The value, once the thread has made it.
    var value: Value {
        done.wait()
        done.signal()  // for the next reader
        return result!
    }
}
