<fmt:message key="report.stockIn.detail" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/masuk'/>"><fmt:message key="common.back"/></a></div>
</div>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="kasir.qty"/></th>
        <th class="num"><fmt:message key="stockin.unitCost"/></th>
        <th class="num"><fmt:message key="kasir.subtotal"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${stockIn.lines}" var="line">
        <tr>
            <td><c:out value="${line.productName}"/></td>
            <td class="num"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.unitCost)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
        </tr>
    </c:forEach>
    </tbody>
</table>
</div>
</t:layout>
