import ParallaxKit

/// A key as the reader understands it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// A control key: `.ctrl("l")` is Ctrl-L.
    case ctrl(Character)

    /// How the key is written in help and hints.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}

/// What the mouse did, in screen coordinates.
public enum MouseEvent: Hashable, Sendable {
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
    case click(x: Int, y: Int)
}

/// Everything that can happen to the reader. The event loop turns terminal
/// input into these; `update` turns an event and a state into a new state
/// and the effects the loop carries out.
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived.
    case signal(Int32)
    /// How far background work has got (loading the corpus).
    case progress(JobID, LoadProgress)
    /// Background work is done: its result, for the mode that asked for it
    /// (dropped when that mode has been left).
    case finished(JobResult)

    /// From the user (keys, mouse, a resize), not from background work.
    var isInput: Bool {
        switch self {
        case .key, .mouse, .resize, .signal: return true
        case .progress, .finished: return false
        }
    }
}

