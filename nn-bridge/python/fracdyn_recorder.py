"""Record a fracdyn training trace from a PyTorch training loop.

The trace is the CSV file that fracdyn reads (``fracdyn fit``, ``TraceReader`` in Java); its
schema is documented in fracdyn's ``docs/traces.md``:

    step,epoch,total,layer:<name>,...,train_loss,test_loss,test_acc,llc,lr

* ``step``: the optimiser step, strictly increasing (0 = before the first update);
* ``epoch``: the epoch the row belongs to;
* ``total``: ||w_t - w_0||_2 over all trainable parameters;
* ``layer:<name>``: the same norm for each parameter tensor, named as in
  ``model.named_parameters()`` (e.g. ``layer:fc1.weight``);
* metric columns: whatever you pass; an empty cell means "not recorded in this row".

The header is written when the recorder opens and every row is flushed as soon as it is
recorded, so an interrupted run keeps its trace.

Example::

    from fracdyn_recorder import TraceRecorder

    with TraceRecorder(model, "trace.csv", every=10) as recorder:
        step = 0
        recorder.record(step, epoch=0)
        for epoch in range(1, epochs + 1):
            for i, (x, y) in enumerate(loader):
                loss = loss_fn(model(x), y)
                optimizer.zero_grad(); loss.backward(); optimizer.step()
                step += 1
                if i == len(loader) - 1:  # the epoch's last step: evaluate too
                    recorder.record(step, epoch, train_loss=loss.item(),
                                    test_acc=evaluate(model))
                else:
                    recorder.maybe_record(step, epoch, train_loss=loss.item())

Only the Python standard library and torch are needed.
"""

import csv
import math
import os

import torch

STANDARD_METRICS = ("train_loss", "test_loss", "test_acc", "llc", "lr")


class TraceRecorder:
    """Writes one trace row per call, holding w_0 to measure the displacement.

    Parameters
    ----------
    model : torch.nn.Module
        The network; its trainable parameters at construction are w_0.
    path : str or os.PathLike
        The CSV file to create (an existing file is replaced).
    every : int
        ``maybe_record`` writes a row when ``step % every == 0``.
    metrics : sequence of str
        The metric columns after the displacements, in order.
    """

    def __init__(self, model, path, every=1, metrics=STANDARD_METRICS):
        if every < 1:
            raise ValueError(f"every = {every}: expected an integer >= 1")
        self._parameters = [(name, p) for name, p in model.named_parameters()
                            if p.requires_grad]
        if not self._parameters:
            raise ValueError("model has no trainable parameters")
        # float64 copies: the difference w_t - w_0 is taken without float32 rounding
        self._initial = [p.detach().to(torch.float64, copy=True) for _, p in self._parameters]
        self.metrics = tuple(metrics)
        for name in self.metrics:
            if name in ("step", "epoch", "total") or name.startswith("layer:"):
                raise ValueError(f"metric {name!r}: reserved column name")
        self.every = every
        self.path = os.fspath(path)
        self._file = open(self.path, "w", newline="", encoding="utf-8")
        self._writer = csv.writer(self._file, lineterminator="\r\n")
        self._writer.writerow(["step", "epoch", "total"]
                              + ["layer:" + name for name, _ in self._parameters]
                              + list(self.metrics))
        self._file.flush()
        self._last_step = None

    def displacements(self):
        """Return (total, [per-tensor]) norms of w_t - w_0, as Python floats."""
        per_tensor = []
        with torch.no_grad():
            for (_, p), p0 in zip(self._parameters, self._initial):
                per_tensor.append(float(torch.linalg.vector_norm(
                    p.detach().double() - p0)))
        total = math.sqrt(sum(r * r for r in per_tensor))
        return total, per_tensor

    def record(self, step, epoch=0, **metrics):
        """Append one row now; unknown metric names raise, missing ones stay empty."""
        step = int(step)
        if step < 0 or (self._last_step is not None and step <= self._last_step):
            raise ValueError(f"step = {step} after {self._last_step}: "
                             "steps must be >= 0 and strictly increasing")
        unknown = set(metrics) - set(self.metrics)
        if unknown:
            raise ValueError(f"metrics {sorted(unknown)} are not columns {self.metrics}")
        total, per_tensor = self.displacements()
        cells = [str(step), str(int(epoch)), repr(total)] + [repr(r) for r in per_tensor]
        for name in self.metrics:
            value = metrics.get(name)
            if value is None:
                cells.append("")
            else:
                value = float(value)
                if not math.isfinite(value):
                    raise ValueError(f"{name} = {value}: expected a finite number or None")
                cells.append(repr(value))
        self._writer.writerow(cells)
        self._file.flush()
        self._last_step = step

    def maybe_record(self, step, epoch=0, **metrics):
        """Record when ``step % every == 0``; return whether a row was written."""
        if int(step) % self.every == 0:
            self.record(step, epoch, **metrics)
            return True
        return False

    def close(self):
        """Flush the file to disk and close it."""
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
