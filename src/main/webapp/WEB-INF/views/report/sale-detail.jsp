<fmt:message key="report.detail" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title} ${sale.receiptNo}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/keluar'/>"><fmt:message key="common.back"/></a>
        <a class="btn" id="reprint" href="<c:url value='/kasir/nota'><c:param name='id' value='${sale.id}'/><c:param name='salinan' value='1'/></c:url>"><fmt:message key="receipt.reprint"/></a>
        <a class="btn" id="return-sale" href="<c:url value='/retur/penjualan'><c:param name='id' value='${sale.id}'/></c:url>"><fmt:message key="return.sale.title"/></a></div>
</div>
<p><c:out value="${cermin:dateTime(sale.soldAt)}"/>
    <c:if test="${not empty customer}"> · <fmt:message key="receipt.customer"/>:
        <a href="<c:url value='/pelanggan/rekening'><c:param name='id' value='${customer.id}'/></c:url>"><c:out value="${customer.name}"/></a></c:if></p>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="kasir.qty"/></th>
        <th class="num"><fmt:message key="kasir.price"/></th>
        <th class="num"><fmt:message key="product.costPrice"/></th>
        <th class="num"><fmt:message key="kasir.discount"/></th>
        <th class="num"><fmt:message key="kasir.subtotal"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${sale.lines}" var="line">
        <tr>
            <td><c:out value="${line.productName}"/></td>
            <td class="num"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode}"/>
                <c:if test="${not line.inBaseUnit}"><fmt:message key="report.inBaseUnits" var="inBase"><fmt:param value="${cermin:qty(line.baseQuantity)}"/></fmt:message>
                    <br><span class="muted"><c:out value="${inBase}"/></span></c:if></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.unitPrice)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.soldUnitCost)}"/></td>
            <td class="num money"><c:out value="${line.discount == 0 ? '' : cermin:rupiah(line.discount)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
        </tr>
    </c:forEach>
    </tbody>
    <tfoot>
        <c:if test="${sale.discount > 0}">
            <tr><th colspan="5"><fmt:message key="kasir.saleDiscount"/></th><th class="num money"><c:out value="${cermin:rupiah(-sale.discount)}"/></th></tr>
        </c:if>
        <tr><th colspan="5"><fmt:message key="kasir.total"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.total)}"/></th></tr>
        <tr><th colspan="5"><fmt:message key="kasir.cash"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.cash)}"/></th></tr>
        <c:forEach items="${sale.payments}" var="p">
            <fmt:message key="method.${p.method}" var="methodName"/>
            <tr><th colspan="5"><c:out value="${methodName} ${p.reference}"/></th><th class="num money"><c:out value="${cermin:rupiah(p.amount)}"/></th></tr>
        </c:forEach>
        <tr><th colspan="5"><fmt:message key="kasir.change"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.changeDue)}"/></th></tr>
        <c:if test="${sale.credit > 0}">
            <tr><th colspan="5"><fmt:message key="receipt.bon"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.credit)}"/></th></tr>
        </c:if>
    </tfoot>
</table>
</div>
<%@ include file="/WEB-INF/views/returns/sale-returns.jspf" %>
</t:layout>
