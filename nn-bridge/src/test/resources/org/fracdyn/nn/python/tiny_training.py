"""A tiny PyTorch training that records a trace with fracdyn_recorder (run by the Java test
PythonRecorderTest). Usage: tiny_training.py <recorder folder> <trace.csv>.
Prints the final displacement computed independently of the recorder, from the flattened
parameter vectors, as `final_total <value>`."""
import sys

sys.path.insert(0, sys.argv[1])

import torch  # noqa: E402
from fracdyn_recorder import TraceRecorder  # noqa: E402

torch.manual_seed(0)
x = torch.randn(64, 8)
y = torch.randint(0, 3, (64,))
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3))
w0 = torch.nn.utils.parameters_to_vector(model.parameters()).detach().clone().double()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = torch.nn.CrossEntropyLoss()

with TraceRecorder(model, sys.argv[2], every=5) as recorder:
    step = 0
    recorder.record(step, epoch=0, lr=0.1)
    for epoch in (1, 2):
        for batch in range(10):
            rows = slice(batch * 6, batch * 6 + 6)
            loss = loss_fn(model(x[rows]), y[rows])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
            recorder.maybe_record(step, epoch, train_loss=loss.item(), lr=0.1)

w = torch.nn.utils.parameters_to_vector(model.parameters()).detach().double()
print("final_total", repr(float(torch.linalg.vector_norm(w - w0))))
