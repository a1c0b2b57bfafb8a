import Foundation
import ParallaxKit

/// Web-page reading throughput: parse, copy the tree, read the metadata and
/// extract the article, over the saved pages of the extraction benchmark in
/// `folder` (the median of several rounds over all of them). Prints a line
/// saying it was skipped when the folder is not there.
func benchHTMLPages(_ folder: String) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".html") }.sorted()
    guard !names.isEmpty else {
        report("HTML pages", "skipped: no pages in \(folder)")
        return
    }
    let pages = names.compactMap { FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent($0)) }
    let bytes = pages.reduce(0) { $0 + $1.count }
    var read = 0
    let time = median(5) {
        read = 0
        for page in pages {
            if case .success = WebPage.read(page) { read += 1 }
        }
    }
    report("read \(pages.count) HTML pages (\(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(read) articles)",
           String(format: "%.0f pages/s, %.1f MB/s", Double(pages.count) / time, Double(bytes) / time / 1e6))
}
