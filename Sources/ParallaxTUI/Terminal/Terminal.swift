/// Where the reader draws and where its input comes from: ncurses on a real
/// terminal, or memory in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows `frame`, sending only what changed since the last frame shown.
    func show(_ frame: ScreenBuffer)
    /// The next event, or nil when none came within `timeoutMilliseconds`
    /// (or, for a scripted terminal, when the script is over).
    func nextEvent(timeoutMilliseconds: Int) -> Event?
}

/// A terminal in memory: a scripted list of events in, the last frame out.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frame: ScreenBuffer
    public private(set) var framesShown = 0
    private var script: [Event]

    public init(size: Size, events: [Event] = []) {
        self.size = size
        frame = ScreenBuffer(size: size)
        script = events
    }

    public func show(_ frame: ScreenBuffer) {
        self.frame = frame
        framesShown += 1
    }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !script.isEmpty else { return nil }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// Adds events to the end of the script.
    public func send(_ events: Event...) { script += events }
}
