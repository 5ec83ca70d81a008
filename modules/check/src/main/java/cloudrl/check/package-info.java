/** The environment contract checker, usable on CloudRL's environment or anyone's. */
package cloudrl.check;
