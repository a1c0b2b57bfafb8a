import ParallaxKit

/// The speakers pane: one row a speaker, with the number of quotations and
/// of words quoted, for the open article or the whole corpus.
enum SpeakerListView {
    static func render(_ pane: IndexPane<SpeakerIndex.Entry>, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        EntityListView.heading("Speakers · \(pane.ofCorpus ? "whole corpus" : "this article") (a: switch)", rect, &buffer)
        if pane.entries.isEmpty {
            buffer.put("Nobody is quoted", x: rect.x + 2, y: rect.y + 1, style: Theme.notice, clip: rect)
            return
        }
        for (row, index) in pane.list.scroll.visible(rows: PaneMetrics.sidePaneRows(rect)).enumerated() {
            let e = pane.entries[index]
            // "  12 q  340 w": quotations and words quoted.
            let counts = " \(EntityListView.pad(e.quoteCount, 3))q \(EntityListView.pad(e.words, 5))w"
            EntityListView.drawRow(name: e.name, nameStyle: Theme.quote, counts: counts, y: rect.y + 1 + row,
                                   selected: index == pane.list.selected, focused: focused, rect, &buffer)
        }
    }
}
