"""The reference training of `fracdyn train` in PyTorch, for timing and comparison.

Same experiment as fracdyn's default (org.fracdyn.nn.train.TrainingConfig.reference()):
a 10,000-image subset of the IDX training images split 50/50, a fully connected network
784 -> 128 -> 128 -> 10 with Linear -> BatchNorm1d -> ReLU per hidden layer, He-normal
weights and zero biases, cross-entropy, plain SGD (lr 0.01, no momentum, no weight decay),
batch 256 (a last batch of fewer than 2 images is skipped, as with batch norm in fracdyn),
100 epochs, a trace row every 10 steps and at each epoch end, with train/test loss and
accuracy evaluated in eval mode on the whole splits at epoch ends. The random streams differ
from fracdyn's (different generators), so runs agree in distribution, not digit by digit.

Usage:
    python3 train_reference.py --data /usr/share/datasets/fashion-mnist --out DIR
        [--epochs 100] [--threads 2] [--dtype float64|float32] [--seed 0]

Writes DIR/trace.csv (through fracdyn_recorder.TraceRecorder) and DIR/summary.json with the
wall time of the training loop; time the whole process with /usr/bin/time.
"""

import argparse
import gzip
import json
import os
import struct
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fracdyn_recorder import TraceRecorder  # noqa: E402


def read_idx(folder, base):
    for name in (base, base + ".gz"):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as raw:
                data = raw.read()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            ndim = data[3]
            dims = struct.unpack(">" + "i" * ndim, data[4:4 + 4 * ndim])
            values = torch.frombuffer(bytearray(data[4 + 4 * ndim:]), dtype=torch.uint8)
            return values.reshape(dims)
    raise SystemExit(f"no IDX file {os.path.join(folder, base)} or {base}.gz")


def build(hidden, dtype):
    layers = []
    inputs = 784
    for width in hidden:
        linear = torch.nn.Linear(inputs, width)
        layers += [linear, torch.nn.BatchNorm1d(width), torch.nn.ReLU()]
        inputs = width
    layers.append(torch.nn.Linear(inputs, 10))
    model = torch.nn.Sequential(*layers).to(dtype)
    for module in model:
        if isinstance(module, torch.nn.Linear):
            torch.nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            torch.nn.init.zeros_(module.bias)
    return model


def evaluate(model, x, y, loss_fn):
    model.eval()
    with torch.no_grad():
        logits = model(x)
        loss = loss_fn(logits, y).item()
        acc = (logits.argmax(dim=1) == y).double().mean().item()
    model.train()
    return loss, acc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--dtype", choices=("float64", "float32"), default="float64")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    dtype = getattr(torch, args.dtype)
    images = read_idx(args.data, "train-images-idx3-ubyte").reshape(-1, 784).to(dtype) / 255
    labels = read_idx(args.data, "train-labels-idx1-ubyte").long()
    subset = torch.randperm(images.shape[0])[:10_000]
    train_x, test_x = images[subset[:5000]], images[subset[5000:]]
    train_y, test_y = labels[subset[:5000]], labels[subset[5000:]]

    model = build([128, 128], dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0, weight_decay=0)
    loss_fn = torch.nn.CrossEntropyLoss()
    os.makedirs(args.out, exist_ok=True)
    metrics = ("batch_loss", "train_loss", "train_acc", "test_loss", "test_acc", "lr")
    started = time.perf_counter()
    step = 0
    with TraceRecorder(model, os.path.join(args.out, "trace.csv"), every=10,
                       metrics=metrics) as recorder:
        train_loss, train_acc = evaluate(model, train_x, train_y, loss_fn)
        test_loss, test_acc = evaluate(model, test_x, test_y, loss_fn)
        recorder.record(0, 0, train_loss=train_loss, train_acc=train_acc,
                        test_loss=test_loss, test_acc=test_acc, lr=0.01)
        batches = [(f, min(f + 256, 5000)) for f in range(0, 5000, 256)]
        batches = [b for b in batches if b[1] - b[0] >= 2]
        for epoch in range(1, args.epochs + 1):
            order = torch.randperm(5000)
            for k, (lo, hi) in enumerate(batches):
                rows = order[lo:hi]
                loss = loss_fn(model(train_x[rows]), train_y[rows])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                step += 1
                if k == len(batches) - 1:
                    train_loss, train_acc = evaluate(model, train_x, train_y, loss_fn)
                    test_loss, test_acc = evaluate(model, test_x, test_y, loss_fn)
                    recorder.record(step, epoch, batch_loss=loss.item(),
                                    train_loss=train_loss, train_acc=train_acc,
                                    test_loss=test_loss, test_acc=test_acc, lr=0.01)
                    print(f"epoch {epoch}: train accuracy {100 * train_acc:.1f}%, "
                          f"test accuracy {100 * test_acc:.1f}%", flush=True)
                else:
                    recorder.maybe_record(step, epoch, batch_loss=loss.item(), lr=0.01)
    seconds = time.perf_counter() - started
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as out:
        json.dump({"framework": "pytorch " + torch.__version__, "dtype": args.dtype,
                   "threads": args.threads, "epochs": args.epochs, "steps": step,
                   "train_accuracy": train_acc, "test_accuracy": test_acc,
                   "wall_seconds": seconds}, out, indent=2)
    print(f"done in {seconds:.1f} s: train accuracy {100 * train_acc:.1f}%, "
          f"test accuracy {100 * test_acc:.1f}%")


if __name__ == "__main__":
    main()
