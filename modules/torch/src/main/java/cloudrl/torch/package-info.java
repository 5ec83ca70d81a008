/** Tensor views of the environments, and the offline PyTorch engine behind them. */
package cloudrl.torch;
