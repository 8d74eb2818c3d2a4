/// The Luhn mod N algorithm: a check symbol from the same alphabet as the symbols it protects, which
/// catches every single mistyped symbol and most swaps of two neighbours.
///
/// From the rightmost symbol leftwards, values are weighted 2, 1, 2, 1…; a weighted value of N or more
/// counts as the sum of its two base-N digits; the check value makes the total a multiple of N. Doubling
/// followed by that digit sum is a permutation of 0…N−1, so changing any one symbol changes the total.
enum LuhnModN {
  /// The check value (0…n−1) for `values`, each in 0…n−1.
  static func checkValue(for values: some BidirectionalCollection<Int>, n: Int) -> Int {
    (n - weightedSum(values, firstFactor: 2, n: n) % n) % n
  }

  /// Whether `values` ends with the right check value.
  static func isValid(_ values: [Int], n: Int) -> Bool {
    weightedSum(values, firstFactor: 1, n: n) % n == 0
  }

  private static func weightedSum(_ values: some BidirectionalCollection<Int>, firstFactor: Int, n: Int) -> Int {
    var factor = firstFactor
    var sum = 0
    for value in values.reversed() {
      let weighted = factor * value
      sum += weighted / n + weighted % n
      factor = factor == 2 ? 1 : 2
    }
    return sum
  }
}
