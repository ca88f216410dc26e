//! Sorting and top-k selection, compiled once.
//!
//! Why not `slice::sort_by`: std's sorts are generated anew for every element
//! type and comparator, 2–12 kB of wasm each; with about thirty call sites they
//! were 72 kB of the app's 940 kB. Here the algorithms work on indices through
//! a `dyn` comparator, so each exists once, and only a few lines that move the
//! elements are generated per type. A comparison costs an indirect call, and
//! sorting goes through indices and a permutation; the benchmarks (`make bench`)
//! show that is small beside the work around it everywhere but in the two hot
//! loops of search (tokens at index build, positions per query), which keep
//! std's sort on plain integers: 2 kB of wasm for half the query time.
//!
//! Measured again (issue 16.9): calling std's stable sort and
//! `select_nth_unstable_by` once each, on indices through the same `dyn`
//! comparator, in place of the merge sort and heap below, made the release
//! wasm 8.7 kB larger (2.7 kB brotli), so the hand-written pair stays.

use std::cmp::Ordering;

type Compare<'a> = dyn FnMut(usize, usize) -> Ordering + 'a;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` by the key `key` gives each, stable.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stable.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Keeps the `k` items that `compare` puts first, in their original order
/// (sort them afterwards if their order matters). Ties at the cut are broken
/// by position: the earlier item stays.
pub fn keep_best<T>(items: &mut Vec<T>, k: usize, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() <= k {
        return;
    }
    let keep = best_positions(items.len(), k, &mut |a, b| {
        compare(&items[a], &items[b]).then(a.cmp(&b))
    });
    let mut position = 0;
    items.retain(|_| {
        position += 1;
        keep[position - 1]
    });
}

/// Positions 0..len in stable sorted order: a bottom-up merge sort.
fn stable_order(len: usize, compare: &mut Compare) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right, mut out) = (start, middle, start);
            while left < middle && right < end {
                // Take from the right only when strictly smaller: stable.
                if compare(order[right], order[left]) == Ordering::Less {
                    merged[out] = order[right];
                    right += 1;
                } else {
                    merged[out] = order[left];
                    left += 1;
                }
                out += 1;
            }
            merged[out..out + middle - left].copy_from_slice(&order[left..middle]);
            out += middle - left;
            merged[out..out + end - right].copy_from_slice(&order[right..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`,
/// following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut current = start;
        while !done[current] {
            done[current] = true;
            let next = order[current];
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

/// Which of positions 0..len are among the `k` first under `compare` (a
/// total order): a heap of the best so far, worst on top, O(len log k).
fn best_positions(len: usize, k: usize, compare: &mut Compare) -> Vec<bool> {
    let mut heap: Vec<usize> = Vec::with_capacity(k);
    for candidate in 0..len {
        if heap.len() < k {
            heap.push(candidate);
            let mut child = heap.len() - 1;
            while child > 0 {
                let parent = (child - 1) / 2;
                if compare(heap[child], heap[parent]) != Ordering::Greater {
                    break;
                }
                heap.swap(child, parent);
                child = parent;
            }
        } else if k > 0 && compare(candidate, heap[0]) == Ordering::Less {
            heap[0] = candidate;
            let mut parent = 0;
            loop {
                let mut worst = parent;
                for child in [2 * parent + 1, 2 * parent + 2] {
                    if child < heap.len() && compare(heap[child], heap[worst]) == Ordering::Greater {
                        worst = child;
                    }
                }
                if worst == parent {
                    break;
                }
                heap.swap(parent, worst);
                parent = worst;
            }
        }
    }
    let mut keep = vec![false; len];
    for position in heap {
        keep[position] = true;
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no crate.
    fn numbers(seed: u64, count: usize, modulo: u64) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        for (seed, count) in [(1, 0), (2, 1), (3, 2), (4, 7), (5, 64), (6, 1000), (7, 1025)] {
            // Pairs of (key, original position): stability shows in the second.
            let mut ours: Vec<(u64, usize)> = numbers(seed, count, 10).into_iter().zip(0..).collect();
            let mut expected = ours.clone();
            expected.sort_by_key(|pair| pair.0);
            sort_by_key(&mut ours, |pair| pair.0);
            assert_eq!(ours, expected, "seed {seed}, {count} items");
        }
        let mut words = vec!["pa", "ba", "ab", "ba"];
        sort(&mut words);
        assert_eq!(words, ["ab", "ba", "ba", "pa"]);
    }

    #[test]
    fn keeps_the_best_k_in_their_original_order() {
        for (seed, count, k) in [(1, 100, 10), (2, 1000, 50), (3, 5, 5), (4, 5, 0), (5, 300, 299)] {
            let values = numbers(seed, count, 50);
            let mut kept = values.clone();
            keep_best(&mut kept, k, |a, b| b.cmp(a));
            assert_eq!(kept.len(), k.min(count));
            // The largest k, ties broken by earlier position.
            let mut ranked: Vec<(u64, usize)> = values.iter().copied().zip(0..).collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut positions: Vec<usize> = ranked.iter().take(k).map(|pair| pair.1).collect();
            positions.sort_unstable();
            let expected: Vec<u64> = positions.iter().map(|&p| values[p]).collect();
            assert_eq!(kept, expected, "seed {seed}");
        }
    }
}
