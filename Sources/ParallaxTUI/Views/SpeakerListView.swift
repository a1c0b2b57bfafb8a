import ParallaxKit

/// The speakers pane: one row a speaker, with the number of quotations and
/// of words quoted, for the open article or the whole corpus.
enum SpeakerListView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty, state.leftPane == .speakers else { return }
        let scope = state.paneOfCorpus ? "whole corpus" : "this article"
        EntityListView.heading("Speakers · \(scope) (a: switch)", rect, &buffer)
        let entries = state.paneSpeakers.entries
        if entries.isEmpty {
            buffer.put("Nobody is quoted", x: rect.x + 2, y: rect.y + 1, style: Theme.notice, clip: rect)
            return
        }
        let rows = EntityListView.rows(rect)
        for (row, index) in (state.speakerTop..<min(entries.count, state.speakerTop + rows)).enumerated() {
            let e = entries[index]
            // "  12 q  340 w": quotations and words quoted.
            let counts = " \(EntityListView.pad(e.quoteCount, 3))q \(EntityListView.pad(e.words, 5))w"
            EntityListView.drawRow(name: e.name, nameStyle: Theme.quote, counts: counts, y: rect.y + 1 + row,
                                   selected: index == state.speakerSelected, focused: state.focus == .list, rect, &buffer)
        }
    }
}
