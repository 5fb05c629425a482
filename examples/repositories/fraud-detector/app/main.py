"""The scoring API: one model, loaded at start, scored per request."""
import os

import joblib
from fastapi import FastAPI
from jaeger_client import Config
from prometheus_client import Histogram, make_asgi_app
from pydantic import BaseModel

tracer = Config(
    config={"sampler": {"type": "const", "param": 1}, "logging": False},
    service_name="fraud-detector",
).initialize_tracer()

SCORE_SECONDS = Histogram("fraud_score_seconds", "Time to score one payment")

model = joblib.load(os.environ.get("MODEL_PATH", "/models/fraud.joblib"))
app = FastAPI()
app.mount("/metrics", make_asgi_app())


class Payment(BaseModel):
    amount_minor: int
    country: str
    card_age_days: int


@app.post("/score")
def score(payment: Payment) -> dict:
    with tracer.start_active_span("score"), SCORE_SECONDS.time():
        features = [[payment.amount_minor, payment.card_age_days]]
        return {"risk": float(model.predict_proba(features)[0][1])}
