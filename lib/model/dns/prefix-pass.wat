;; One pass of the Lagrangian bound over every prefix (lib/model/dns/prefix-pass.ts): for each prefix
;; p, the POP k minimizing cost + prices[k] over its row (the first HEAD = 4 entries side by side in
;; headCost / headPop, padded with +inf; the rest read from the row), scanned nearest first and
;; stopped at the first entry whose bare cost can no longer win (prices >= 0); adds demand[p] to
;; load[k] and returns the sum over p of demand[p] * min, added in prefix order. The same
;; operations in the same order as the JavaScript pass, so the same bits. All offsets in bytes.
;; Compiled into lib/gen/wasm/prefix-pass.ts by scripts/gen-wasm.js.
(module
  (memory (export "memory") 1)
  (func (export "pass") (param $n i32) (param $demand i32) (param $hc i32) (param $hp i32) (param $rs i32) (param $pop i32) (param $cost i32) (param $prices i32) (param $load i32) (result f64)
    (local $p i32) (local $value f64) (local $min f64) (local $arg i32) (local $j i32) (local $ms f64) (local $k i32) (local $reduced f64) (local $h i32) (local $r i32) (local $end i32) (local $d f64) (local $la i32)
    (block $done
      (loop $prefixes
        (br_if $done (i32.ge_u (local.get $p) (local.get $n)))
        (local.set $min (f64.const inf))
        (local.set $arg (i32.const 0))
        (local.set $j (i32.const 0))
        (local.set $h (i32.shl (local.get $p) (i32.const 2)))
        (block $headDone
          (loop $head
            (br_if $headDone (i32.ge_u (local.get $j) (i32.const 4)))
            (local.set $ms (f64.load (i32.add (local.get $hc) (i32.shl (i32.add (local.get $h) (local.get $j)) (i32.const 3)))))
            (br_if $headDone (f64.ge (local.get $ms) (local.get $min)))
            (local.set $k (i32.load (i32.add (local.get $hp) (i32.shl (i32.add (local.get $h) (local.get $j)) (i32.const 2)))))
            (local.set $reduced (f64.add (local.get $ms) (f64.load (i32.add (local.get $prices) (i32.shl (local.get $k) (i32.const 3))))))
            (if (f64.lt (local.get $reduced) (local.get $min)) (then (local.set $min (local.get $reduced)) (local.set $arg (local.get $k))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $head)))
        (if (i32.eq (local.get $j) (i32.const 4))
          (then
            (local.set $r (i32.add (i32.load (i32.add (local.get $rs) (i32.shl (local.get $p) (i32.const 2)))) (i32.const 4)))
            (local.set $end (i32.load (i32.add (local.get $rs) (i32.shl (i32.add (local.get $p) (i32.const 1)) (i32.const 2)))))
            (block $restDone
              (loop $rest
                (br_if $restDone (i32.ge_s (local.get $r) (local.get $end)))
                (local.set $ms (f64.load (i32.add (local.get $cost) (i32.shl (local.get $r) (i32.const 3)))))
                (br_if $restDone (f64.ge (local.get $ms) (local.get $min)))
                (local.set $k (i32.load (i32.add (local.get $pop) (i32.shl (local.get $r) (i32.const 2)))))
                (local.set $reduced (f64.add (local.get $ms) (f64.load (i32.add (local.get $prices) (i32.shl (local.get $k) (i32.const 3))))))
                (if (f64.lt (local.get $reduced) (local.get $min)) (then (local.set $min (local.get $reduced)) (local.set $arg (local.get $k))))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $rest)))))
        (local.set $d (f64.load (i32.add (local.get $demand) (i32.shl (local.get $p) (i32.const 3)))))
        (local.set $value (f64.add (local.get $value) (f64.mul (local.get $d) (local.get $min))))
        (local.set $la (i32.add (local.get $load) (i32.shl (local.get $arg) (i32.const 3))))
        (f64.store (local.get $la) (f64.add (f64.load (local.get $la)) (local.get $d)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $prefixes)))
    (local.get $value))
)
