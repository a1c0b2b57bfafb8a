import CNcurses
import Foundation

/// The one type that talks to ncurses. It owns the terminal between `init`
/// and `close()`, and restores it on every way out: `close()`, normal exit
/// (atexit), SIGINT/SIGTERM/SIGHUP/SIGQUIT (the loop sees `Event.signal` and closes)
/// and crashes (the shim's handler restores it before the process dies).
public final class NcursesTerminal: Terminal {
    private var previous: ScreenBuffer?
    private var colorPairs: [ColorKey: Int16] = [:]
    private let useColor: Bool
    private var closed = false

    private struct ColorKey: Hashable {
        let foreground: TerminalColor?
        let background: TerminalColor?
    }

    /// Takes over the terminal. `mouse` turns mouse reporting on; `color`
    /// false (NO_COLOR) draws with attributes only.
    public init(mouse: Bool, color: Bool) {
        setlocale(LC_ALL, "")
        if getenv("ESCDELAY") == nil { setenv("ESCDELAY", "25", 1) }
        initscr()
        cbreak()
        noecho()
        nonl()
        _ = px_keypad_on()
        curs_set(0)
        if color && has_colors() {
            start_color()
            use_default_colors()
            useColor = true
        } else {
            useColor = false
        }
        px_mouse(mouse ? 1 : 0)
        px_install_signal_handlers()
        px_timeout(250)
    }

    deinit { close() }

    /// Gives the terminal back as it was.
    public func close() {
        guard !closed else { return }
        closed = true
        px_mouse(0)
        px_restore_terminal()
    }

    public var size: Size { Size(width: Int(px_max_x()), height: Int(px_max_y())) }

    public func show(_ frame: ScreenBuffer) {
        if previous?.size != frame.size {
            px_erase()
            previous = nil
            rowsWithGraphemes = []
        }
        let changed = frame.changedPositions(since: previous)
        // A row that holds or held a cluster written around ncurses is
        // repainted whole when anything on it changes: ncurses' idea of that
        // row (a placeholder) is not what the terminal shows.
        var rowsToRepaint = Set<Int>()
        var chars = [wchar_t](repeating: 0, count: 8)
        for (x, y) in changed {
            let cell = frame[x, y]
            if cell.isContinuation { continue }
            let (attrs, pair) = attributes(for: cell.style)
            if rowsWithGraphemes.contains(y) { rowsToRepaint.insert(y) }
            if needsDirectWrite(cell) {
                rowsToRepaint.insert(y)
                // A character ncurses keeps as wide as the cluster and never
                // reprints to move the cursor (it is not a one-byte character).
                chars[0] = wchar_t(cell.width == 2 ? 0x3000 : 0xA0)
                px_put_cell(Int32(y), Int32(x), chars, 1, attrs, pair)
                continue
            }
            var n = 0
            for scalar in cell.character.unicodeScalars {
                chars[n] = wchar_t(bitPattern: scalar.value)
                n += 1
            }
            px_put_cell(Int32(y), Int32(x), chars, Int32(n), attrs, pair)
        }
        for y in rowsToRepaint { px_redraw_line(Int32(y)) }
        px_refresh()
        // Then the clusters themselves, over their placeholders.
        for y in rowsToRepaint.sorted() {
            var any = false
            for x in 0..<frame.size.width where needsDirectWrite(frame[x, y]) {
                let cell = frame[x, y]
                let (attrs, pair) = attributes(for: cell.style)
                String(cell.character).withCString { _ = px_write_grapheme(Int32(y), Int32(x), $0, attrs, pair) }
                any = true
            }
            if any { rowsWithGraphemes.insert(y) } else { rowsWithGraphemes.remove(y) }
        }
        if !rowsToRepaint.isEmpty { px_flush() }
        previous = frame
    }

    public func invalidate() {
        previous = nil
        _ = px_clearok()
    }

    /// Rows of the terminal that show a cluster written by `px_write_grapheme`.
    private var rowsWithGraphemes = Set<Int>()

    /// True for a cell whose cluster ncurses cannot draw as the buffer lays
    /// it out: more code points than a `cchar_t` holds (CCHARW_MAX, 5: the
    /// family emoji has 7), or a width ncurses, which takes it from the first
    /// code point's `wcwidth`, would get wrong (a flag, a keycap, "❤️").
    private func needsDirectWrite(_ cell: Cell) -> Bool {
        guard !cell.isContinuation else { return false }
        let scalars = cell.character.unicodeScalars
        guard let first = scalars.first else { return false }
        if first.value < 0x7F, scalars.count == 1 { return false }
        return scalars.count > Int(CCHARW_MAX) || Int(px_wcwidth(first.value)) != Int(cell.width)
    }

    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
        px_timeout(Int32(timeoutMilliseconds))
        var ch: UInt32 = 0
        let rc = px_get_wch(&ch)
        let signal = px_pending_signal()
        if signal != 0 { return .event(.signal(signal)) }
        let event: Event?
        switch rc {
        case OK: event = decodeCharacter(ch)
        case KEY_CODE_YES: event = decodeKeyCode(Int32(ch))
        default: event = nil
        }
        return event.map { .event($0) } ?? .idle
    }

    private func decodeCharacter(_ ch: UInt32) -> Event? {
        switch ch {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x0C: return .key(.ctrl("l"))
        default:
            guard let scalar = Unicode.Scalar(ch), ch >= 0x20 else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private func decodeKeyCode(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            previous = nil
            return .resize(size)
        case KEY_MOUSE:
            var y: Int32 = 0, x: Int32 = 0
            switch px_read_mouse(&y, &x) {
            case Int32(PX_MOUSE_WHEEL_UP): return .mouse(.wheelUp(x: Int(x), y: Int(y)))
            case Int32(PX_MOUSE_WHEEL_DOWN): return .mouse(.wheelDown(x: Int(x), y: Int(y)))
            case Int32(PX_MOUSE_CLICK): return .mouse(.click(x: Int(x), y: Int(y)))
            default: return nil
            }
        default: return nil
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attrs = px_a_normal()
        if style.bold { attrs |= px_a_bold() }
        if style.dim { attrs |= px_a_dim() }
        if style.italic { attrs |= px_a_italic() }
        if style.underline { attrs |= px_a_underline() }
        if style.reverse { attrs |= px_a_reverse() }
        guard useColor, style.foreground != nil || style.background != nil else { return (attrs, 0) }
        let key = ColorKey(foreground: style.foreground, background: style.background)
        if let pair = colorPairs[key] { return (attrs, pair) }
        let pair = Int16(colorPairs.count + 1)
        guard Int32(pair) < px_color_pairs() else { return (attrs, 0) }
        // On an 8-colour terminal the bright colours fall back to the plain ones.
        let colors = Int(px_colors())
        func number(_ c: TerminalColor?) -> Int16 { c.map { Int16(colors >= 16 ? $0.rawValue : $0.rawValue % 8) } ?? -1 }
        init_pair(pair, number(style.foreground), number(style.background))
        colorPairs[key] = pair
        return (attrs, pair)
    }
}
