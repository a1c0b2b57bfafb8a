/// Where the reader draws and where its input comes from: ncurses on a real
/// terminal, or memory in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows `frame`, sending only what changed since the last frame shown.
    func show(_ frame: ScreenBuffer)
    /// The next input, waiting at most `timeoutMilliseconds`.
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput
    /// Forgets what the screen shows, so the next frame repaints every cell (Ctrl-L).
    func invalidate()
}

/// What waiting for input gave.
public enum TerminalInput: Sendable, Equatable {
    case event(Event)
    /// Nothing came in time (or the input was not one the reader uses).
    case idle
    /// No more input will come (a scripted terminal has played its script).
    case end
}

/// A terminal in memory: a scripted list of events in, the last frame out.
/// It never waits: when the script is played `run()` returns, and work
/// still running in the background is waited for with `settle()` (or run
/// by an `InlineExecutor` or `ManualExecutor` the test controls).
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frame: ScreenBuffer
    private var script: [Event]

    public init(size: Size, events: [Event] = []) {
        self.size = size
        frame = ScreenBuffer(size: size)
        script = events
    }

    public func show(_ frame: ScreenBuffer) { self.frame = frame }

    /// How many times the reader asked for a full repaint.
    public private(set) var invalidations = 0

    public func invalidate() { invalidations += 1 }

    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
        guard !script.isEmpty else { return .end }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return .event(event)
    }

    /// Adds events to the end of the script.
    public func send(_ events: Event...) { script += events }
    public func send(contentsOf events: [Event]) { script += events }
}
