package cloudrl.evaluation.statistics;

/** Where a value falls in an ascending array: the counts that ranks and ties are made from. */
final class SortedSearch {

    private SortedSearch() {
    }

    /** Index of the first element {@code >= value}: how many elements lie below it. */
    static int firstAtOrAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Index of the first element {@code > value}: how many elements lie at or below it. */
    static int firstAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
