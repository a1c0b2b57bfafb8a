/// The mouse in browse mode: the wheel scrolls the pane under it, a click
/// selects an article or a side pane's row, or gives the reader the keyboard.
extension Browse {
    static func mouse(_ b: inout BrowseState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        let screen = ctx.screen(b.focus)
        switch mouse {
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let delta: Int
            if case .wheelDown = mouse { delta = 1 } else { delta = -1 }
            if let list = screen.list, list.contains(x: x, y: y) {
                b.scrollLeftPane(by: delta, ctx)
            } else if let reader = screen.reader, reader.contains(x: x, y: y) {
                b.scrollReader(by: 3 * delta, ctx)
            }
        case .click(let x, let y):
            if let list = screen.list, list.contains(x: x, y: y), let side = b.side {
                b.focus = .list
                let row = y - list.y - 1  // under the pane's heading
                guard row >= 0 else { return }
                b.selectSideRow(top(of: side) + row, ctx)
            } else if let list = screen.list, list.contains(x: x, y: y) {
                let row = b.list.top + (y - list.y) / ScreenLayout.listRowsPerArticle
                guard row < b.list.rows.count, case .article(let index) = b.list.rows[row] else { return }
                b.focus = .list
                b.select(index, ctx)
                if !ctx.isTwoPane {
                    b.openFromList(index, ctx)
                    b.focus = .reader
                }
            } else if let reader = screen.reader, reader.contains(x: x, y: y) {
                b.focus = .reader
            }
        }
    }

    private static func top(of side: SidePane) -> Int {
        switch side {
        case .entities(let pane): return pane.list.top
        case .speakers(let pane): return pane.list.top
        case .entityArticles(let pane): return pane.list.top
        }
    }
}

extension BrowseState {
    /// The wheel over the left pane: the article list or the side pane in its place.
    mutating func scrollLeftPane(by delta: Int, _ ctx: UpdateContext) {
        let rows = ctx.sidePaneRows
        switch side {
        case .entities(var pane)?: pane.list.scroll(by: delta, rows: rows); side = .entities(pane)
        case .speakers(var pane)?: pane.list.scroll(by: delta, rows: rows); side = .speakers(pane)
        case .entityArticles(var pane)?: pane.list.scroll(by: delta, rows: rows); side = .entityArticles(pane)
        case nil: list.scroll(by: delta, rows: ctx.listRows)
        }
    }
}
