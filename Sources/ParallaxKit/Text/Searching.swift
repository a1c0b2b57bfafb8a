extension RandomAccessCollection {
    /// The first index whose element is at or past a point, in a collection
    /// ordered so that every element `isPast` holds for comes after every one
    /// it does not (a binary search); `endIndex` when none is past.
    func firstIndex(past isPast: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if isPast(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}

extension Dictionary where Value == Int {
    /// The number of `key`, a new key taking the next one (0, 1, 2, ...):
    /// words, stems and features as numbers, so the loops that follow add
    /// and compare integers.
    mutating func number(_ key: Key) -> Int {
        if let id = self[key] { return id }
        let id = count
        self[key] = id
        return id
    }
}
