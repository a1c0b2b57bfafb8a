import Foundation

/// Runs the reader's jobs. The app hands it work that posts its result to
/// the app's inbox; where and when the work runs is the executor's choice.
public protocol JobExecutor: AnyObject {
    func execute(_ work: @escaping @Sendable () -> Void)
}

/// Each job on a thread of its own, so the UI thread only draws and reads
/// keys. The stack is large: the analysis recurses deeper than a dispatch
/// worker's 512 KB allow.
public final class ThreadExecutor: JobExecutor {
    public init() {}

    public func execute(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread(block: work)
        thread.stackSize = 64 << 20
        thread.name = "parallax-job"
        thread.start()
    }
}

/// Runs each job at once on the calling thread: the result is in the inbox
/// before the loop reads the next key (tests, one-shot tools).
public final class InlineExecutor: JobExecutor {
    public init() {}
    public func execute(_ work: @escaping @Sendable () -> Void) { work() }
}

/// Holds the jobs until told to run them: a test sees the screen while work
/// is pending, then lets it finish.
public final class ManualExecutor: JobExecutor {
    private var queue: [@Sendable () -> Void] = []

    public init() {}

    public func execute(_ work: @escaping @Sendable () -> Void) { queue.append(work) }

    /// Jobs waiting to run.
    public var pending: Int { queue.count }

    /// Runs the jobs waiting, oldest first, on the calling thread.
    public func runAll() {
        while !queue.isEmpty { queue.removeFirst()() }
    }
}
