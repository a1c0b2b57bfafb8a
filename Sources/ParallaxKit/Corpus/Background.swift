import Foundation

/// A value worked out on a thread of its own, waited for when read.
public final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var work: (() -> Value)?
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
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
    public var value: Value {
        done.wait()
        done.signal()  // for the next reader
        return result!
    }
}

/// Batches `0..<count` made one ahead of their use, each on a thread of
/// its own: while the caller writes batch `b` (inside a transaction that
/// holds the index's lock), batch `b + 1` is being made, and only two are
/// held at a time. Taken from one thread, in order.
final class BatchesAhead<Batch>: @unchecked Sendable {
    private let count: Int
    private let make: @Sendable (Int) throws -> Batch
    private var ahead: Background<Result<Batch, Error>>?
    private var taken = 0

    /// Starts making the first batch.
    init(count: Int, _ make: @escaping @Sendable (Int) throws -> Batch) {
        self.count = count
        self.make = make
        ahead = count > 0 ? Background { Result { try make(0) } } : nil
    }

    /// The next batch, once made; the one after it is started.
    func take() throws -> Batch {
        let batch = try ahead!.value.get()
        let (make, next) = (self.make, taken + 1)
        taken = next
        ahead = next < count ? Background { Result { try make(next) } } : nil
        return batch
    }
}
