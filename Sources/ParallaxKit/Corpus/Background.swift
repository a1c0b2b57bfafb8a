import Foundation

/// A value worked out on a thread of its own, waited for when read.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// The value, once the thread has made it (read once).
    var value: Value {
        done.wait()
        return result!
    }
}
