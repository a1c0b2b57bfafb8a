import Foundation

/// A value worked out on a thread of its own, waited for when read.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var work: (() -> Value)?
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        Thread.detachNewThread { [self] in
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
