"""Kubeflow pipeline: train the fraud model on last month's labelled payments."""
from kfp import compiler, dsl


@dsl.component(base_image="python:3.12", packages_to_install=["scikit-learn==1.5.2", "pandas==2.2.3"])
def train(data_uri: str, model: dsl.Output[dsl.Model]):
    import joblib
    import pandas as pd
    from sklearn.ensemble import GradientBoostingClassifier

    frame = pd.read_parquet(data_uri)
    classifier = GradientBoostingClassifier().fit(frame[["amount_minor", "card_age_days"]], frame["fraud"])
    joblib.dump(classifier, model.path)


@dsl.pipeline(name="fraud-detector-training")
def pipeline(data_uri: str = "s3://ml-data/payments/labelled/latest.parquet"):
    train(data_uri=data_uri)


if __name__ == "__main__":
    compiler.Compiler().compile(pipeline, "fraud-detector-training.yaml")
