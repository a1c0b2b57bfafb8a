import ParallaxKit

/// The body while the corpus loads: the progress line ("Reading 12,400 /
/// 20,000 articles…") with a bar under it, or why the corpus could not be
/// loaded and that q quits.
enum LoadingView {
    static func render(_ loading: LoadingState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0, rect.width > 2 else { return }
        let x = rect.x + 1, width = rect.width - 2
        var y = rect.y + min(1, rect.height - 1)
        if let failure = loading.failure {
            for line in TextWrap.lines("Cannot open the corpus: " + failure, width: width) where y < rect.maxY {
                buffer.put(line, x: x, y: y, style: Theme.notice, clip: rect)
                y += 1
            }
            if y + 1 < rect.maxY { buffer.put("Press q to quit.", x: x, y: y + 1, clip: rect) }
            return
        }
        let progress = loading.progress ?? LoadProgress(.finding)
        buffer.put(DisplayWidth.truncate(progress.description, to: width), x: x, y: y, style: Theme.notice, clip: rect)
        guard progress.total > 0, y + 1 < rect.maxY else { return }
        // A bar as wide as the line allows, at most 40 cells.
        let cells = max(1, min(40, width))
        let filled = cells * min(progress.done, progress.total) / progress.total
        buffer.put(String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled),
                   x: x, y: y + 1, style: Theme.rule, clip: rect)
    }

    /// The status bar's line.
    static func status(_ loading: LoadingState) -> String {
        if loading.failure != nil { return "No corpus" }
        return (loading.progress ?? LoadProgress(.finding)).description
    }
}

/// The body while a comparison or the outlets report is made: "working…"
/// and what on, until the result arrives.
enum WorkingView {
    static func render(_ working: WorkingState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0, rect.width > 2 else { return }
        let y = rect.y + min(1, rect.height - 1)
        buffer.put(DisplayWidth.truncate(status(working), to: rect.width - 2), x: rect.x + 1, y: y, style: Theme.notice,
                   clip: rect)
    }

    /// "working… comparing the two reports".
    static func status(_ working: WorkingState) -> String { "working… " + working.task.label }
}
