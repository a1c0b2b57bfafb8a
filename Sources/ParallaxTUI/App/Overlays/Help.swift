/// The `?` overlay: the keys of the context it was opened from, then the
/// ones that context falls back to (the global keys last), scrolled when
/// the terminal is too short for all of them.
public struct HelpState: Sendable, Hashable {
    /// Where `?` was pressed.
    public let context: KeyContext
    public internal(set) var scroll: ScrollState

    init(context: KeyContext) {
        self.context = context
        scroll = ScrollState(count: Self.rows(context).count)
    }

    /// The first key row shown.
    public var top: Int { scroll.top }

    /// The rows it lists: each table of the context's chain in turn, a key once (the first table's meaning).
    public static func rows(_ context: KeyContext) -> [KeyBinding] {
        var seen = Set<Key>()
        var rows: [KeyBinding] = []
        for c in context.chain {
            for binding in KeyTables.table(c).bindings where !binding.keys.allSatisfy(seen.contains) {
                rows.append(binding)
                seen.formUnion(binding.keys)
            }
        }
        return rows
    }

    public var rows: [KeyBinding] { Self.rows(context) }
}

/// The help overlay's update: the movement keys scroll it; ?, Esc and q close it.
enum Help {
    static func update(_ h: inout HelpState, _ action: Action, _ ctx: UpdateContext) -> [Request] {
        let rows = PaneMetrics.helpRows(count: h.scroll.count, size: ctx.size)
        let page = max(1, rows - 1)
        switch action {
        case .close: return [.overlay(nil)]
        case .moveDown: h.scroll.scroll(by: 1, rows: rows)
        case .moveUp: h.scroll.scroll(by: -1, rows: rows)
        case .pageDown: h.scroll.scroll(by: page, rows: rows)
        case .pageUp: h.scroll.scroll(by: -page, rows: rows)
        case .top: h.scroll.scroll(to: 0, rows: rows)
        case .bottom: h.scroll.scroll(by: Int.max / 2, rows: rows)
        default: break
        }
        return []
    }

    static func mouse(_ h: inout HelpState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        switch mouse {
        case .wheelDown: _ = update(&h, .moveDown, ctx)
        case .wheelUp: _ = update(&h, .moveUp, ctx)
        case .click: break
        }
    }
}
