import Foundation

/// Runs per-article work on every core, keeping the order of the input.
///
/// Loading a corpus is mostly work on one file or one article at a time
/// (reading, cleaning, finding names, finding quotations); only a few steps
/// look across the corpus (furniture, outlet names, linking). Those per-item
/// steps run here on one thread a core, each taking the next item from a
/// shared counter, so a long article does not hold up a whole share.
///
/// The threads are Foundation threads with large stacks: the analysis
/// recurses deeper than a dispatch worker's 512 KB allow.
enum ParallelMap {
    /// Threads to use: every core, unless `PARALLAX_THREADS` says fewer
    /// (benchmarks measure one core with `PARALLAX_THREADS=1`).
    static var threadCount: Int {
        givenThreads.map { min($0, cores) } ?? cores
    }

    /// Read once: `activeProcessorCount` reads the cgroup's files each time,
    /// and every article's analysis asks for the thread count.
    private static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Threads for reading files: four a core, at least eight, unless
    /// `PARALLAX_THREADS` is given. A file not in the page cache waits on
    /// the disk, and a thread waiting leaves its core to another: with a
    /// cold cache, reading 100,000 small files took 15.7 s with two
    /// readers and 3.4 s with eight on this 2-core machine.
    static var readingThreadCount: Int {
        givenThreads == nil ? max(8, 4 * threadCount) : threadCount
    }

    /// Read from the environment on each call (benchmarks and tests set it
    /// as they go), by `getenv`: `ProcessInfo.environment` copies the whole
    /// environment into a dictionary, 2% of a cold build's CPU when every
    /// article asked.
    private static var givenThreads: Int? {
        guard let value = getenv("PARALLAX_THREADS") else { return nil }
        return Int(String(cString: value)).flatMap { $0 >= 1 ? $0 : nil }
    }

    static let stackSize = 64 << 20

    /// `transform` of every item, in order. `done` is told how many items
    /// are finished, from the thread that finished the last one (callers
    /// throttle it). Once `cancellation` is set, the remaining items are
    /// skipped and `CancellationError` is thrown.
    static func map<T, R>(_ items: [T], threads: Int = threadCount, cancellation: CancellationFlag? = nil,
                          done: ((Int) -> Void)? = nil, _ transform: @escaping (T) -> R) throws -> [R] {
        let threads = min(threads, items.count)
        if threads <= 1 {
            var out: [R] = []
            out.reserveCapacity(items.count)
            for (n, item) in items.enumerated() {
                try cancellation?.check()
                out.append(transform(item))
                done?(n + 1)
            }
            return out
        }
        let work = Shared(items: items, transform: transform, done: done ?? { _ in }, cancellation: cancellation)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread { work.run(); finished.signal() }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<threads { finished.wait() }
        try cancellation?.check()
        return work.results()
    }

    /// `0..<count` cut into runs of `size` (the last one shorter): work
    /// too small to hand out item by item is mapped a run at a time, and
    /// the runs' results joined in order are the results in order.
    static func runs(_ count: Int, of size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// The arrays `part` makes of the numbers `0..<count`, made on every
    /// core and joined in order (a long text's parts, say).
    static func joined<R>(_ count: Int, _ part: @escaping (Int) -> [R]) -> [R] {
        let parts = mapAll(Array(0..<count), part)
        let total = parts.reduce(0) { $0 + $1.count }
        guard parts.count > 1, total >= copiedApartFrom else {
            var out: [R] = []
            out.reserveCapacity(total)
            for p in parts { out += p }
            return out
        }
        // A long result (a 20 MB text's four million tokens) is copied into
        // place on every core, each part at its offset: one core copying a
        // hundred megabytes, and touching their fresh pages first, was a
        // one-core step between parallel ones.
        var offsets: [Int] = []
        var offset = 0
        for p in parts {
            offsets.append(offset)
            offset += p.count
        }
        return [R](unsafeUninitializedCapacity: total) { buffer, initialized in
            let out = Slots(buffer)
            _ = mapAll(Array(parts.indices)) { i in
                parts[i].withUnsafeBufferPointer { part in out.initialize(at: offsets[i], from: part) }
            }
            initialized = total
        }
    }

    /// Elements from which `joined` copies its parts on every core.
    static let copiedApartFrom = 1 << 16

    /// A buffer whose elements the threads of one `map` change or
    /// initialise, each thread its own elements only (the caller keeps the
    /// buffer alive until the map returns).
    struct Slots<Element>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Element>

        init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

        /// Element `n`, changed in place (it must be initialised).
        subscript(n: Int) -> Element {
            get { buffer[n] }
            nonmutating _modify { yield &buffer[n] }
        }

        /// Initialises the uninitialised elements from `offset` on with copies of `part`'s.
        func initialize(at offset: Int, from part: UnsafeBufferPointer<Element>) {
            guard let from = part.baseAddress else { return }  // an empty part
            (buffer.baseAddress! + offset).initialize(from: from, count: part.count)
        }

        /// Initialises the uninitialised element `n` to `value`.
        func initialize(at n: Int, to value: Element) {
            (buffer.baseAddress! + n).initialize(to: value)
        }
    }

    /// `map` of work that is not cancelled (it cannot throw).
    static func mapAll<T, R>(_ items: [T], _ transform: @escaping (T) -> R) -> [R] {
        // Without a cancellation flag `map` has nothing to throw.
        (try? map(items, cancellation: nil, done: nil, transform)) ?? []
    }

    /// The state the threads share: the next item to take, the results
    /// slots (each written by exactly one thread) and the count finished.
    private final class Shared<T, R>: @unchecked Sendable {
        let items: [T]
        let transform: (T) -> R
        let done: (Int) -> Void
        let cancellation: CancellationFlag?
        private let slots: UnsafeMutableBufferPointer<R?>
        private let lock = NSLock()
        private var next = 0
        private var finished = 0

        init(items: [T], transform: @escaping (T) -> R, done: @escaping (Int) -> Void, cancellation: CancellationFlag?) {
            self.items = items
            self.transform = transform
            self.done = done
            self.cancellation = cancellation
            slots = .allocate(capacity: items.count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func run() {
            while let batch = take() {
                for index in batch { slots[index] = transform(items[index]) }
                lock.lock()
                finished += batch.count
                let count = finished
                lock.unlock()
                done(count)
            }
        }

        /// The next few items: one at a time for a few items (each may be
        /// a long article), up to 64 for many (100,000 `stat`s would
        /// otherwise spend more on the lock than on the work).
        private func take() -> Range<Int>? {
            if cancellation?.isCancelled == true { return nil }
            lock.lock()
            defer { lock.unlock() }
            guard next < items.count else { return nil }
            let size = min(64, max(1, items.count / 4096))
            let batch = next..<min(next + size, items.count)
            next = batch.upperBound
            return batch
        }

        /// Every result, once all threads are done, moved out: a thread
        /// still ending holds this object, and results it shared would be
        /// copied when the caller changes them.
        func results() -> [R] { slots.indices.map { slots[$0].take()! } }
    }
}
